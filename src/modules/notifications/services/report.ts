import { sql } from 'drizzle-orm';
import { hasRole } from '../../../platform/actor.js';
import { romeLocalToInstant } from '../../../platform/clock.js';
import type { Ctx } from '../../../platform/context.js';
import { addMonths, firstOfMonth, monthOf } from '../../../platform/dates.js';
import { rowsOf } from '../../../platform/db/engine.js';
import { forbidden } from '../../../platform/errors.js';
import { isContactAllowed } from '../../agile-days/domain/disconnection.js';
import { listDirectorates as listDirectoratesOf } from '../../organization/repositories/structure.js';
import { regulationFor } from '../../organization/services/settings.js';
import * as repo from '../repositories/notifications.js';

/**
 * Art. 13.4 — for HR and the CUG, per directorate and month: notifications sent, those the right
 * to disconnect held back, urgent overrides, and workflow actions (decisions, revocations,
 * verifications of agile days) done outside the working window.
 */
export async function disconnectionReport(ctx: Ctx, month = monthOf(ctx.clock.today())) {
  if (!hasRole(ctx.actor, 'hr', 'evaluator', 'admin')) throw forbidden('Il rapporto sulla disconnessione è delle Risorse umane, del CUG e dell’OIV');
  const db = ctx.engine.db;
  const from = romeLocalToInstant(firstOfMonth(month), '00:00');
  const to = romeLocalToInstant(addMonths(firstOfMonth(month), 1), '00:00');
  const [{ regulation, patronDay }, stats, actions, directorates] = await Promise.all([
    regulationFor(db, ctx.organizationId),
    repo.notificationStats(db, ctx.organizationId, from, to),
    rowsOf<{ directorate_id: string; at: Date }>(
      db,
      sql`SELECT directorate_id, at FROM (
            SELECT directorate_id, decided_at AS at FROM agile_days WHERE organization_id = ${ctx.organizationId} AND decided_at >= ${from} AND decided_at < ${to}
            UNION ALL SELECT directorate_id, revoked_at FROM agile_days WHERE organization_id = ${ctx.organizationId} AND revoked_at >= ${from} AND revoked_at < ${to}
            UNION ALL SELECT directorate_id, verified_at FROM agile_days WHERE organization_id = ${ctx.organizationId} AND verified_at >= ${from} AND verified_at < ${to}
          ) a`,
    ),
    listDirectoratesOf(db, ctx.organizationId),
  ]);
  const rows = directorates.map((d) => {
    const s = stats.find((x) => x.directorate_id === d.id);
    const mine = actions.filter((a) => a.directorate_id === d.id);
    return {
      directorateId: d.id, code: d.code, name: d.name, notifications: s?.notifications ?? 0, held: s?.held ?? 0, urgent: s?.urgent ?? 0,
      actions: mine.length, actionsOutsideWindow: mine.filter((a) => !isContactAllowed(new Date(a.at), regulation, patronDay)).length,
    };
  });
  return { month, window: { start: regulation.workingWindowStart, end: regulation.workingWindowEnd }, rows };
}
