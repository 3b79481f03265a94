import type { z } from 'zod';
import type { directorateCreate, directoratePatch, unitCreate, unitPatch } from '../../../contracts/organization.js';
import { audit } from '../../../platform/audit.js';
import { transaction, type Ctx } from '../../../platform/context.js';
import { DomainError, forbidden, notFound } from '../../../platform/errors.js';
import { can, type OrganizationAction } from '../policy.js';
import * as repo from '../repositories/structure.js';

export function authorize(ctx: Ctx, action: OrganizationAction) {
  if (!can(ctx.actor, action)) throw forbidden();
}

async function checkEmployee(ctx: Ctx, db: Parameters<typeof repo.employeeExists>[0], id: string | null | undefined, field: string) {
  if (id && !(await repo.employeeExists(db, ctx.organizationId, id))) throw new DomainError('VALIDATION_FAILED', 'Dipendente non trovato', field, [{ field, detail: 'Dipendente non trovato' }]);
}

async function checkCodeFree(found: unknown, code: string) {
  if (found) throw new DomainError('DUPLICATE_CODE', `Il codice "${code}" è già in uso`, 'code');
}

export async function listDirectorates(ctx: Ctx) {
  authorize(ctx, 'structure.read');
  return repo.listDirectorates(ctx.engine.db, ctx.organizationId);
}

export async function getDirectorate(ctx: Ctx, id: string) {
  authorize(ctx, 'structure.read');
  const found = (await repo.listDirectorates(ctx.engine.db, ctx.organizationId)).find((d) => d.id === id);
  if (!found) throw notFound('Direzione');
  return found;
}

export async function createDirectorate(ctx: Ctx, input: z.infer<typeof directorateCreate>) {
  authorize(ctx, 'structure.write');
  const id = await transaction(ctx, async (tx) => {
    await checkCodeFree(await repo.findDirectorateByCode(tx, ctx.organizationId, input.code), input.code);
    await checkEmployee(ctx, tx, input.headEmployeeId, 'headEmployeeId');
    const row = await repo.insertDirectorate(tx, ctx.organizationId, input);
    await audit(tx, ctx, { action: 'directorate.created', entity: 'directorate', entityId: row.id, after: row });
    return row.id;
  });
  return getDirectorate(ctx, id);
}

export async function updateDirectorate(ctx: Ctx, id: string, input: z.infer<typeof directoratePatch>) {
  authorize(ctx, 'structure.write');
  await transaction(ctx, async (tx) => {
    const before = await repo.getDirectorate(tx, ctx.organizationId, id);
    if (!before) throw notFound('Direzione');
    if (input.code && input.code !== before.code) await checkCodeFree(await repo.findDirectorateByCode(tx, ctx.organizationId, input.code), input.code);
    await checkEmployee(ctx, tx, input.headEmployeeId, 'headEmployeeId');
    const after = await repo.updateDirectorate(tx, ctx.organizationId, id, input, ctx.clock.now());
    await audit(tx, ctx, { action: 'directorate.updated', entity: 'directorate', entityId: id, before, after });
  });
  return getDirectorate(ctx, id);
}

export async function listUnits(ctx: Ctx, directorateId?: string) {
  authorize(ctx, 'structure.read');
  return repo.listUnits(ctx.engine.db, ctx.organizationId, directorateId);
}

export async function getUnit(ctx: Ctx, id: string) {
  authorize(ctx, 'structure.read');
  const row = await repo.getUnit(ctx.engine.db, ctx.organizationId, id);
  if (!row) throw notFound('Unità organizzativa');
  const found = (await repo.listUnits(ctx.engine.db, ctx.organizationId, row.directorateId)).find((u) => u.id === id);
  return found!;
}

async function checkDirectorate(ctx: Ctx, db: Parameters<typeof repo.getDirectorate>[0], id: string) {
  if (!(await repo.getDirectorate(db, ctx.organizationId, id)))
    throw new DomainError('VALIDATION_FAILED', 'Direzione non trovata', 'directorateId', [{ field: 'directorateId', detail: 'Direzione non trovata' }]);
}

export async function createUnit(ctx: Ctx, input: z.infer<typeof unitCreate>) {
  authorize(ctx, 'structure.write');
  const id = await transaction(ctx, async (tx) => {
    await checkDirectorate(ctx, tx, input.directorateId);
    await checkCodeFree(await repo.findUnitByCode(tx, ctx.organizationId, input.code), input.code);
    await checkEmployee(ctx, tx, input.managerEmployeeId, 'managerEmployeeId');
    const row = await repo.insertUnit(tx, ctx.organizationId, input);
    await audit(tx, ctx, { action: 'unit.created', entity: 'unit', entityId: row.id, after: row });
    return row.id;
  });
  return getUnit(ctx, id);
}

export async function updateUnit(ctx: Ctx, id: string, input: z.infer<typeof unitPatch>) {
  authorize(ctx, 'structure.write');
  await transaction(ctx, async (tx) => {
    const before = await repo.getUnit(tx, ctx.organizationId, id);
    if (!before) throw notFound('Unità organizzativa');
    if (input.directorateId) await checkDirectorate(ctx, tx, input.directorateId);
    if (input.code && input.code !== before.code) await checkCodeFree(await repo.findUnitByCode(tx, ctx.organizationId, input.code), input.code);
    await checkEmployee(ctx, tx, input.managerEmployeeId, 'managerEmployeeId');
    const after = await repo.updateUnit(tx, ctx.organizationId, id, input, ctx.clock.now());
    await audit(tx, ctx, { action: 'unit.updated', entity: 'unit', entityId: id, before, after });
  });
  return getUnit(ctx, id);
}

/** For other modules' rules, inside their transaction: a unit as stored (no authorization check). */
export async function findUnit(db: Parameters<typeof repo.getUnit>[0], ctx: Ctx, id: string) {
  const unit = await repo.getUnit(db, ctx.organizationId, id);
  if (!unit) throw notFound('Unità organizzativa');
  return unit;
}

export async function findDirectorateByCode(db: Parameters<typeof repo.getUnit>[0], ctx: Ctx, code: string) {
  return repo.findDirectorateByCode(db, ctx.organizationId, code);
}
