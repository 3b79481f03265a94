import { italianDate } from '../../../platform/dates.js';
import { systemActor } from '../../../platform/actor.js';
import { auditMany } from '../../../platform/audit.js';
import type { Ctx } from '../../../platform/context.js';
import type { Db } from '../../../platform/db/engine.js';
import { statusOn, type AgreementStatus } from '../domain/agreement.js';
import * as repo from '../repositories/agreements.js';


export const datesOf = (a: repo.AgreementRow) => ({
  status: a.status as AgreementStatus,
  startDate: a.startDate,
  endDate: a.endDate,
  terminationKind: a.terminationKind as 'withdrawn' | 'lapsed' | 'revoked' | null,
  terminationDate: a.terminationDate,
});

/**
 * Brings stored statuses up to `today` (art. 6.4 start, art. 8.2 expiry, art. 9 terminations
 * taking effect), each change audited as the system's. Run before reads and by the daily job,
 * so an APP_NOW in the next month shows the agreement active.
 */
export async function refreshStatuses(tx: Db, ctx: Ctx): Promise<number> {
  const today = ctx.clock.today();
  const rows = await repo.dueForStatusChange(tx, ctx.organizationId, today);
  const changes = rows.map((a) => ({ a, next: statusOn(datesOf(a), today) })).filter((c) => c.next !== c.a.status);
  const now = ctx.clock.now();
  for (const c of changes) await repo.updateAgreement(tx, ctx.organizationId, c.a.id, { status: c.next }, now);
  const system = { ...ctx, actor: systemActor(ctx.organizationId, 'calendar') };
  await auditMany(tx, system, changes.map((c) => ({
    action: `agreement.${c.next}`, entity: 'agreement', entityId: c.a.id, before: { status: c.a.status }, after: { status: c.next },
    reason: c.next === 'active' ? `Decorrenza dal ${italianDate(c.a.startDate ?? "")} (art. 6.4)` : c.next === 'expired' ? `Scadenza il ${italianDate(c.a.endDate)} (art. 8.2)` : c.a.terminationReason,
  })));
  return changes.length;
}
