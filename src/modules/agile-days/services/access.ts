import { hasRole } from '../../../platform/actor.js';
import type { Ctx } from '../../../platform/context.js';
import type { Db } from '../../../platform/db/engine.js';
import { forbidden } from '../../../platform/errors.js';
import { isDirectorOf, isManagerOf } from '../../agreements/policy.js';
import { positionsOf } from '../../organization/services/scope.js';

/**
 * Art. 10 — the manager of the employee's unit decides on, revokes and verifies the days; the
 * director of the directorate may stand in. Nobody decides on their own days.
 */
export async function canDecide(db: Db, ctx: Ctx, day: { employeeId: string; unitId: string; directorateId: string }): Promise<boolean> {
  if (ctx.actor.employeeId === day.employeeId) return false;
  const p = await positionsOf(db, ctx);
  return isManagerOf(ctx.actor, p, day.unitId) || isDirectorOf(ctx.actor, p, day.directorateId);
}

export async function assertDecider(db: Db, ctx: Ctx, day: { employeeId: string; unitId: string; directorateId: string }) {
  if (!(await canDecide(db, ctx, day))) throw forbidden('Decide il dirigente dell’unità del dipendente, o il Direttore (art. 10)');
}

/** Art. 7.4, 7.8 — the director of the directorate (or HR) rules on rotation and the bank. */
export async function assertDirectorOrHr(db: Db, ctx: Ctx, directorateId: string, detail: string) {
  if (hasRole(ctx.actor, 'hr')) return;
  if (isDirectorOf(ctx.actor, await positionsOf(db, ctx), directorateId)) return;
  throw forbidden(detail);
}

export function assertSelf(ctx: Ctx, employeeId: string, detail = 'Ogni dipendente agisce soltanto sulle proprie giornate') {
  if (ctx.actor.employeeId !== employeeId) throw forbidden(detail);
}
