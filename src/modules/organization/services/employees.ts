import type { z } from 'zod';
import type { EmployeeInput, employeePatch, employeeQuery } from '../../../contracts/organization.js';
import { audit } from '../../../platform/audit.js';
import { transaction, type Ctx } from '../../../platform/context.js';
import type { Db } from '../../../platform/db/engine.js';
import { DomainError, notFound } from '../../../platform/errors.js';
import { employeeProblems, type EmployeeData } from '../domain/employee.js';
import * as repo from '../repositories/employees.js';
import { findIdsByMatricola } from '../repositories/employees.js';
import { allUnits, getUnit } from '../repositories/structure.js';
import { assertCanSeeEmployee, visibleEmployees } from './scope.js';
import { authorize } from './structure.js';

export async function listEmployees(ctx: Ctx, q: z.infer<typeof employeeQuery>) {
  const scope = await visibleEmployees(ctx.engine.db, ctx);
  const filter = { q: q.q, directorateId: q.directorateId, unitId: q.unitId, ...(scope === 'all' ? {} : scope) };
  const { items, total } = await repo.listEmployees(ctx.engine.db, ctx.organizationId, filter, q.page, q.pageSize);
  return { items, total, page: q.page, pageSize: q.pageSize };
}

export async function getEmployee(ctx: Ctx, id: string) {
  const employee = await repo.getEmployee(ctx.engine.db, ctx.organizationId, id);
  if (!employee) throw notFound('Dipendente');
  await assertCanSeeEmployee(ctx.engine.db, ctx, employee);
  return employee;
}

export async function employeeUnitHistory(ctx: Ctx, id: string) {
  await getEmployee(ctx, id);
  return repo.unitHistory(ctx.engine.db, ctx.organizationId, id);
}

export function assertValidEmployee(data: EmployeeData) {
  const problems = employeeProblems(data);
  if (problems.length) throw new DomainError('VALIDATION_FAILED', problems.map((p) => p.detail).join('; '), problems[0]!.field, problems);
}

async function unitOrFail(tx: Db, ctx: Ctx, unitId: string) {
  const unit = await getUnit(tx, ctx.organizationId, unitId);
  if (!unit) throw new DomainError('VALIDATION_FAILED', 'Unità organizzativa non trovata', 'unitId', [{ field: 'unitId', detail: 'Unità organizzativa non trovata' }]);
  return unit;
}

export async function createEmployee(ctx: Ctx, input: EmployeeInput) {
  authorize(ctx, 'employee.write');
  assertValidEmployee(input);
  const id = await transaction(ctx, async (tx) => {
    const unit = await unitOrFail(tx, ctx, input.unitId);
    if ((await findIdsByMatricola(tx, ctx.organizationId, [input.matricola])).size)
      throw new DomainError('DUPLICATE_MATRICOLA', `La matricola ${input.matricola} è già registrata`, 'matricola');
    const newId = await repo.insertEmployee(tx, ctx.organizationId, input);
    await repo.openAssignment(tx, ctx.organizationId, newId, unit.id, unit.directorateId, ctx.clock.today());
    await audit(tx, ctx, { action: 'employee.created', entity: 'employee', entityId: newId, after: { id: newId, ...input } });
    return newId;
  });
  return getEmployee(ctx, id);
}

export async function updateEmployee(ctx: Ctx, id: string, patch: z.infer<typeof employeePatch>) {
  authorize(ctx, 'employee.write');
  await transaction(ctx, async (tx) => {
    const before = await repo.getEmployee(tx, ctx.organizationId, id);
    if (!before) throw notFound('Dipendente');
    const next: EmployeeData = { ...repo.toData(before), ...patch };
    assertValidEmployee(next);
    if (patch.matricola && patch.matricola !== before.matricola && (await findIdsByMatricola(tx, ctx.organizationId, [patch.matricola])).size)
      throw new DomainError('DUPLICATE_MATRICOLA', `La matricola ${patch.matricola} è già registrata`, 'matricola');
    await repo.updateEmployee(tx, ctx.organizationId, id, next, ctx.clock.now());
    if (next.unitId !== before.unitId) await moveToUnit(tx, ctx, id, next.unitId, ctx.clock.today());
    await audit(tx, ctx, { action: 'employee.updated', entity: 'employee', entityId: id, before: repo.toData(before), after: next });
  });
  return getEmployee(ctx, id);
}

/** Records the move in the unit-assignment history (art. 9.3 reads the date of a change of directorate). */
export async function moveToUnit(tx: Db, ctx: Ctx, employeeId: string, unitId: string, from: string) {
  const unit = await unitOrFail(tx, ctx, unitId);
  await repo.closeAssignment(tx, ctx.organizationId, employeeId, from);
  await repo.openAssignment(tx, ctx.organizationId, employeeId, unit.id, unit.directorateId, from);
}

/** For other modules' rules: the employee as stored, without an authorization check (the caller has made its own). */
export async function loadEmployee(db: Db, ctx: Ctx, id: string) {
  const employee = await repo.getEmployee(db, ctx.organizationId, id);
  if (!employee) throw notFound('Dipendente');
  return employee;
}

/** Moves an employee to a unit from `date`, recording the history; returns the directorates before and after. */
export async function transferEmployee(tx: Db, ctx: Ctx, employeeId: string, unitId: string, date: string) {
  const before = await loadEmployee(tx, ctx, employeeId);
  const unit = await unitOrFail(tx, ctx, unitId);
  if (before.unitId === unitId) throw new DomainError('VALIDATION_FAILED', 'Il dipendente è già assegnato a questa unità', 'unitId', [{ field: 'unitId', detail: 'Unità già assegnata' }]);
  await repo.updateEmployee(tx, ctx.organizationId, employeeId, { ...repo.toData(before), unitId }, ctx.clock.now());
  await moveToUnit(tx, ctx, employeeId, unitId, date);
  await audit(tx, ctx, { action: 'employee.transferred', entity: 'employee', entityId: employeeId, before: { unitId: before.unitId, directorateId: before.directorateId }, after: { unitId, directorateId: unit.directorateId, from: date } });
  return { fromDirectorateId: before.directorateId, toDirectorateId: unit.directorateId, employee: before };
}

/** Units of one directorate (for scoping other modules' lists). */
export async function unitIdsOfDirectorates(db: Db, ctx: Ctx, directorateIds: string[]): Promise<string[]> {
  const all = await allUnits(db, ctx.organizationId);
  return all.filter((u) => directorateIds.includes(u.directorateId)).map((u) => u.id);
}

export async function employeeIdsInUnits(db: Db, ctx: Ctx, unitIds: string[]): Promise<string[]> {
  return repo.employeeIdsInUnits(db, ctx.organizationId, unitIds);
}

export async function employeeRoster(db: Db, ctx: Pick<Ctx, 'organizationId'>) {
  return repo.roster(db, ctx.organizationId);
}
