import { systemActor } from '../../platform/actor.js';
import type { Clock } from '../../platform/clock.js';
import type { Engine } from '../../platform/db/engine.js';
import { allOrganizationIds } from '../organization/services/settings.js';
import { refreshStatuses } from './services/statuses.js';

/**
 * Hourly: agreements start on the first of the month (art. 6.4), expire at their end (art. 8.2)
 * and end on a withdrawal's effective date (art. 9) even when nobody opens them. Reads refresh
 * too, so the job only keeps the audit log's times close to the real ones.
 */
export function scheduleAgreementJobs(engine: Engine, clock: Clock, log: (message: string) => void): () => void {
  const run = async () => {
    for (const organizationId of await allOrganizationIds(engine.db)) {
      const ctx = { organizationId, actor: systemActor(organizationId, 'calendar'), clock, engine };
      const changed = await engine.db.transaction((tx) => refreshStatuses(tx, ctx));
      if (changed) log(`accordi aggiornati allo stato del ${clock.today()}: ${changed}`);
    }
  };
  const timer = setInterval(() => void run().catch((error: unknown) => log(`job accordi fallito: ${String(error)}`)), 3_600_000);
  timer.unref();
  void run().catch((error: unknown) => log(`job accordi fallito: ${String(error)}`));
  return () => clearInterval(timer);
}
