import type { z } from 'zod';
import type { activityCreate, activityPatch } from '../../../contracts/agreements.js';
import { hasRole } from '../../../platform/actor.js';
import { audit } from '../../../platform/audit.js';
import { transaction, type Ctx } from '../../../platform/context.js';
import type { Db } from '../../../platform/db/engine.js';
import { DomainError, forbidden, notFound } from '../../../platform/errors.js';
import { findUnit } from '../../organization/services/structure.js';
import { assertCanSeeEmployee, positionsOf } from '../../organization/services/scope.js';
import { loadEmployee, unitIdsOfDirectorates } from '../../organization/services/employees.js';
import { regulationFor } from '../../organization/services/settings.js';
import { isPotentialAgileWorker, isRemotable, remotableShare, shareProblems, type ActivityProfile } from '../domain/remotability.js';
import { proposedQuota } from '../domain/quota.js';
import { can, isDirectorOf } from '../policy.js';
import * as repo from '../repositories/activities.js';

export const currentYear = (ctx: Ctx) => Number(ctx.clock.today().slice(0, 4));

function toOut(a: repo.ActivityRow, assignedEmployees = 0) {
  return {
    id: a.id, unitId: a.unitId, year: a.year, name: a.name, description: a.description,
    characteristics: a.characteristics, exclusions: a.exclusions,
    override: a.overrideRemotable === null ? null : { remotable: a.overrideRemotable, reason: a.overrideReason ?? '' },
    remotable: a.remotable, assignedEmployees,
  };
}

function profileOf(v: Pick<repo.ActivityRow, 'characteristics' | 'exclusions' | 'overrideRemotable' | 'overrideReason'>): ActivityProfile {
  return {
    characteristics: v.characteristics as ActivityProfile['characteristics'],
    exclusions: v.exclusions as ActivityProfile['exclusions'],
    override: v.overrideRemotable === null ? null : { remotable: v.overrideRemotable, reason: v.overrideReason ?? '' },
  };
}

/** HR anywhere; a director in the units of their directorate (art. 3, POLA § 4.1). */
async function assertMayEditUnit(tx: Db, ctx: Ctx, unitId: string) {
  if (!can(ctx.actor, 'activities.write')) throw forbidden();
  if (hasRole(ctx.actor, 'hr')) return;
  const unit = await findUnit(tx, ctx, unitId);
  if (!isDirectorOf(ctx.actor, await positionsOf(tx, ctx), unit.directorateId)) throw forbidden('Puoi mappare solo le attività delle unità della tua direzione');
}

export async function listActivities(ctx: Ctx, q: { unitId?: string; year?: number }) {
  const year = q.year ?? currentYear(ctx);
  const db = ctx.engine.db;
  if (hasRole(ctx.actor, 'hr', 'admin', 'evaluator')) return (await repo.listActivities(db, ctx.organizationId, { year, unitId: q.unitId })).map((a) => toOut(a));
  const p = await positionsOf(db, ctx);
  const units = new Set(p.managedUnitIds);
  for (const u of await unitIdsOfDirectorates(db, ctx, p.directorateIds)) units.add(u);
  if (ctx.actor.employeeId) units.add((await loadEmployee(db, ctx, ctx.actor.employeeId)).unitId);
  const rows = await repo.listActivities(db, ctx.organizationId, { year, unitId: q.unitId, unitIds: [...units] });
  return rows.map((a) => toOut(a));
}

export async function createActivity(ctx: Ctx, input: z.infer<typeof activityCreate>) {
  if (input.override && !can(ctx.actor, 'activities.override')) throw forbidden('Solo la Direzione Risorse Umane può decidere in deroga alla checklist (art. 3.3)');
  return transaction(ctx, async (tx) => {
    await assertMayEditUnit(tx, ctx, input.unitId);
    const values = { unitId: input.unitId, year: input.year, name: input.name, description: input.description, characteristics: input.characteristics, exclusions: input.exclusions, overrideRemotable: input.override?.remotable ?? null, overrideReason: input.override?.reason ?? null };
    const row = await repo.insertActivity(tx, ctx.organizationId, { ...values, remotable: isRemotable(profileOf(values)) });
    await audit(tx, ctx, { action: 'activity.created', entity: 'activity', entityId: row.id, after: row, reason: input.override?.reason });
    return toOut(row);
  });
}

export async function updateActivity(ctx: Ctx, id: string, patch: z.infer<typeof activityPatch>) {
  if (patch.override !== undefined && !can(ctx.actor, 'activities.override')) throw forbidden('Solo la Direzione Risorse Umane può decidere in deroga alla checklist (art. 3.3)');
  return transaction(ctx, async (tx) => {
    const before = await repo.getActivity(tx, ctx.organizationId, id);
    if (!before) throw notFound('Attività');
    await assertMayEditUnit(tx, ctx, before.unitId);
    const next = {
      name: patch.name ?? before.name,
      description: patch.description ?? before.description,
      characteristics: patch.characteristics ?? before.characteristics,
      exclusions: patch.exclusions ?? before.exclusions,
      overrideRemotable: patch.override === undefined ? before.overrideRemotable : (patch.override?.remotable ?? null),
      overrideReason: patch.override === undefined ? before.overrideReason : (patch.override?.reason ?? null),
    };
    const after = await repo.updateActivity(tx, ctx.organizationId, id, { ...next, remotable: isRemotable(profileOf(next)) }, ctx.clock.now());
    await audit(tx, ctx, { action: patch.override !== undefined ? 'activity.override' : 'activity.updated', entity: 'activity', entityId: id, before, after, reason: patch.override?.reason });
    return toOut(after);
  });
}

export async function copyYear(ctx: Ctx, from: number, to: number) {
  if (!can(ctx.actor, 'activities.copyYear')) throw forbidden();
  if (to <= from) throw new DomainError('VALIDATION_FAILED', 'L’anno di destinazione deve seguire quello di partenza', 'to', [{ field: 'to', detail: 'Deve essere successivo a "from"' }]);
  return transaction(ctx, async (tx) => {
    if ((await repo.listActivities(tx, ctx.organizationId, { year: to })).length) throw new DomainError('CONFLICT', `La mappatura ${to} esiste già`, 'to');
    const copied = await repo.copyYear(tx, ctx.organizationId, from, to);
    if (!copied.activities) throw new DomainError('NOT_FOUND', `Nessuna attività mappata nel ${from}`, 'from');
    await audit(tx, ctx, { action: 'activities.year_copied', entity: 'activity_year', entityId: String(to), after: { from, to, ...copied } });
    return { from, to, ...copied };
  });
}

async function sharesOf(db: Db, ctx: Ctx, employeeId: string, year: number) {
  const items = await repo.employeeActivitiesOf(db, ctx.organizationId, employeeId, year);
  const { regulation } = await regulationFor(db, ctx.organizationId);
  const share = remotableShare(items);
  return { year, remotableShare: share, potentialAgileWorker: isPotentialAgileWorker(share), proposedQuota: proposedQuota(regulation, share), items };
}

export async function employeeActivities(ctx: Ctx, employeeId: string, year?: number) {
  const db = ctx.engine.db;
  const employee = await loadEmployee(db, ctx, employeeId);
  await assertCanSeeEmployee(db, ctx, employee);
  return sharesOf(db, ctx, employeeId, year ?? currentYear(ctx));
}

/** POLA § 4.1 — assigns activities by prevalence, shares adding up to at most 100%. */
export async function setEmployeeActivities(ctx: Ctx, employeeId: string, shares: { activityId: string; share: number }[], year?: number) {
  const y = year ?? currentYear(ctx);
  const problems = shareProblems(shares);
  if (problems.length) throw new DomainError('VALIDATION_FAILED', problems.map((p) => p.detail).join('; '), problems[0]!.field, problems);
  return transaction(ctx, async (tx) => {
    const employee = await loadEmployee(tx, ctx, employeeId);
    await assertMayEditUnit(tx, ctx, employee.unitId);
    const found = await repo.getActivities(tx, ctx.organizationId, shares.map((s) => s.activityId));
    const wrong = shares.filter((s) => !found.some((a) => a.id === s.activityId && a.year === y));
    if (wrong.length) throw new DomainError('VALIDATION_FAILED', `Attività inesistente o non mappata nel ${y}`, 'activityId', wrong.map((w) => ({ field: 'activityId', detail: `Attività ${w.activityId} non trovata nel ${y}` })));
    const before = await repo.employeeActivitiesOf(tx, ctx.organizationId, employeeId, y);
    await repo.replaceEmployeeActivities(tx, ctx.organizationId, employeeId, y, shares);
    await audit(tx, ctx, { action: 'employee_activities.set', entity: 'employee', entityId: employeeId, before: { year: y, shares: before.map((b) => ({ activityId: b.activityId, share: b.share })) }, after: { year: y, shares } });
    return sharesOf(tx, ctx, employeeId, y);
  });
}
