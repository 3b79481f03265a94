import { hasRole } from '../../../platform/actor.js';
import type { Ctx } from '../../../platform/context.js';
import type { Db } from '../../../platform/db/engine.js';
import { forbidden } from '../../../platform/errors.js';
import { employeeIdsInUnits, unitIdsOfDirectorates } from '../../organization/services/employees.js';
import { positionsOf } from '../../organization/services/scope.js';

/**
 * Which applications and agreements the actor sees: HR all; a director their directorate; a
 * manager the people of their units; everyone their own. The evaluation body reads aggregates only.
 */
export async function visibleScope(db: Db, ctx: Ctx): Promise<'all' | { employeeIds?: string[]; directorateIds?: string[] }> {
  if (hasRole(ctx.actor, 'hr')) return 'all';
  const p = await positionsOf(db, ctx);
  const own = ctx.actor.employeeId ? [ctx.actor.employeeId] : [];
  if (hasRole(ctx.actor, 'director') && p.directorateIds.length) {
    const people = await employeeIdsInUnits(db, ctx, await unitIdsOfDirectorates(db, ctx, p.directorateIds));
    return { employeeIds: [...new Set([...people, ...own])] };
  }
  if (hasRole(ctx.actor, 'manager') && p.managedUnitIds.length) return { employeeIds: [...new Set([...(await employeeIdsInUnits(db, ctx, p.managedUnitIds)), ...own])] };
  if (own.length) return { employeeIds: own };
  throw forbidden('Il tuo ruolo consulta soltanto dati aggregati');
}

export async function assertVisible(db: Db, ctx: Ctx, record: { employeeId: string; directorateId: string }) {
  const scope = await visibleScope(db, ctx);
  if (scope === 'all') return;
  if (scope.employeeIds?.includes(record.employeeId)) return;
  if (scope.directorateIds?.includes(record.directorateId)) return;
  throw forbidden('Non puoi consultare questa pratica');
}
