import type { CircumstancesInput } from '../../../contracts/organization.js';
import { systemActor } from '../../../platform/actor.js';
import { audit } from '../../../platform/audit.js';
import { transaction, type Ctx } from '../../../platform/context.js';
import type { Db } from '../../../platform/db/engine.js';
import { DomainError, notFound } from '../../../platform/errors.js';
import { getEmployee } from '../repositories/employees.js';
import * as repo from '../repositories/circumstances.js';
import { authorize } from './structure.js';

export type Circumstances = Required<Omit<CircumstancesInput, 'pregnancy' | 'notes'>> & {
  pregnancy: { from: string; to: string } | null;
  notes: string | null;
};

const NONE: Omit<Circumstances, 'notes'> = { disability: false, law104: false, caregiver: false, childrenBirthDates: [], pregnancy: null };

function toOut(row: repo.CircumstancesRow | null): Circumstances {
  if (!row) return { ...NONE, notes: null };
  return {
    disability: row.disability,
    law104: row.law104,
    caregiver: row.caregiver,
    childrenBirthDates: row.childrenBirthDates,
    pregnancy: row.pregnancyFrom && row.pregnancyTo ? { from: row.pregnancyFrom, to: row.pregnancyTo } : null,
    notes: row.notes,
  };
}

async function mustExist(tx: Db, ctx: Ctx, employeeId: string) {
  if (!(await getEmployee(tx, ctx.organizationId, employeeId))) throw notFound('Dipendente');
}

/** GDPR art. 9: HR only, and the read itself is recorded. */
export async function readCircumstances(ctx: Ctx, employeeId: string): Promise<Circumstances> {
  authorize(ctx, 'circumstances.read');
  return transaction(ctx, async (tx) => {
    await mustExist(tx, ctx, employeeId);
    const out = toOut(await repo.getCircumstances(tx, ctx.organizationId, employeeId));
    await audit(tx, ctx, { action: 'circumstances.read', entity: 'employee_circumstances', entityId: employeeId });
    return out;
  });
}

/**
 * For the rules that need them (priority extensions, withdrawal notice for disabled workers):
 * read in the caller's transaction, audited with the purpose, never returned to an HTTP client.
 */
export async function circumstancesForRule(tx: Db, ctx: Ctx, employeeId: string, purpose: string): Promise<Circumstances> {
  const out = toOut(await repo.getCircumstances(tx, ctx.organizationId, employeeId));
  const ruleCtx = { ...ctx, actor: { ...systemActor(ctx.organizationId, purpose), userId: ctx.actor.userId } };
  await audit(tx, ruleCtx, { action: 'circumstances.read', entity: 'employee_circumstances', entityId: employeeId, reason: purpose });
  return out;
}

export async function writeCircumstances(ctx: Ctx, employeeId: string, input: CircumstancesInput): Promise<Circumstances> {
  authorize(ctx, 'circumstances.write');
  if (input.pregnancy && input.pregnancy.to < input.pregnancy.from)
    throw new DomainError('VALIDATION_FAILED', 'La fine della gravidanza precede l’inizio', 'pregnancy.to', [
      { field: 'pregnancy.to', detail: 'La fine precede l’inizio' },
    ]);
  return transaction(ctx, async (tx) => {
    await mustExist(tx, ctx, employeeId);
    const before = await repo.getCircumstances(tx, ctx.organizationId, employeeId);
    await repo.upsertCircumstances(
      tx,
      ctx.organizationId,
      employeeId,
      {
        disability: input.disability,
        law104: input.law104,
        caregiver: input.caregiver,
        childrenBirthDates: [...input.childrenBirthDates].sort(),
        pregnancyFrom: input.pregnancy?.from ?? null,
        pregnancyTo: input.pregnancy?.to ?? null,
        notes: input.notes ?? null,
      },
      ctx.clock.now(),
    );
    const after = toOut(await repo.getCircumstances(tx, ctx.organizationId, employeeId));
    // The log records that the data changed and who changed it, not the health data itself.
    await audit(tx, ctx, {
      action: before ? 'circumstances.updated' : 'circumstances.created',
      entity: 'employee_circumstances',
      entityId: employeeId,
      before: before ? { recorded: true } : null,
      after: { recorded: true },
    });
    return after;
  });
}
