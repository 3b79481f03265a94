import { systemActor } from '../../platform/actor.js';
import type { Clock } from '../../platform/clock.js';
import type { Engine } from '../../platform/db/engine.js';
import { allOrganizationIds } from '../organization/services/settings.js';
import { releaseNoShows } from './services/bookings.js';

/** Every ten minutes: bookings not checked in by the deadline become no-shows and free their desk (POLA § 4.2). */
export function scheduleWorkplaceJobs(engine: Engine, clock: Clock, log: (message: string) => void): () => void {
  const run = async () => {
    for (const organizationId of await allOrganizationIds(engine.db)) {
      const ctx = { organizationId, actor: systemActor(organizationId, 'desks'), clock, engine };
      const released = await engine.db.transaction((tx) => releaseNoShows(tx, ctx));
      if (released) log(`postazioni liberate per mancato check-in: ${released}`);
    }
  };
  const fail = (error: unknown) => log(`liberazione delle postazioni fallita: ${String(error)}`);
  const timer = setInterval(() => void run().catch(fail), 600_000);
  timer.unref();
  void run().catch(fail);
  return () => clearInterval(timer);
}
