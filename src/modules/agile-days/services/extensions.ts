import type { z } from 'zod';
import type { extensionCreate, extensionDecisionBody, extensionQuery } from '../../../contracts/agile-days.js';
import { hasRole } from '../../../platform/actor.js';
import { audit, auditMany } from '../../../platform/audit.js';
import { transaction, type Ctx } from '../../../platform/context.js';
import type { Db } from '../../../platform/db/engine.js';
import { italianDate } from '../../../platform/dates.js';
import { DomainError, forbidden, notFound } from '../../../platform/errors.js';
import { isDirectorOf } from '../../agreements/policy.js';
import { notify } from '../../notifications/services/notify.js';
import { loadEmployee } from '../../organization/services/employees.js';
import { positionsOf } from '../../organization/services/scope.js';
import type { PriorityCriterion } from '../domain/bank.js';
import { assertExtension } from '../domain/extension.js';
import * as repo from '../repositories/extensions.js';


/**
 * Art. 7.2–7.4 — the circumstance behind an extension is special-category data: the employee,
 * HR and the director who decides read it (each read by others is audited); the manager and
 * colleagues never see extensions at all.
 */
async function readerOf(db: Db, ctx: Ctx, e: { employeeId: string; directorateId: string }): Promise<'self' | 'decider' | null> {
  if (ctx.actor.employeeId === e.employeeId) return 'self';
  if (hasRole(ctx.actor, 'hr')) return 'decider';
  if (isDirectorOf(ctx.actor, await positionsOf(db, ctx), e.directorateId)) return 'decider';
  return null;
}

function out(e: repo.ExtensionRow, name: string, showNote: boolean) {
  return {
    id: e.id, employeeId: e.employeeId, employeeName: name, directorateId: e.directorateId, criterion: e.criterion as PriorityCriterion,
    specialSituation: (e.specialSituation ?? null) as 'pregnancy' | null, from: e.fromDate, to: e.toDate, extraDaysPerMonth: e.extraDaysPerMonth,
    continuous: e.continuous, note: showNote ? e.note : null, status: e.status as 'requested', proposedByHr: e.proposedByHr,
    requestedAt: e.requestedAt.toISOString(), decision: e.decidedAt ? { at: e.decidedAt.toISOString(), reason: e.decisionReason } : null,
  };
}

/** Art. 7.2–7.3 — asked by the employee, or proposed by HR; the director authorizes (art. 7.4). */
export async function requestExtension(ctx: Ctx, input: z.infer<typeof extensionCreate>) {
  const self = ctx.actor.employeeId === input.employeeId;
  if (!self && !hasRole(ctx.actor, 'hr')) throw forbidden('L’estensione la chiede il dipendente o la propone la Direzione Risorse umane (art. 7.2)');
  assertExtension(input);
  return transaction(ctx, async (tx) => {
    const employee = await loadEmployee(tx, ctx, input.employeeId);
    const row = await repo.insertExtension(tx, ctx.organizationId, {
      employeeId: employee.id, directorateId: employee.directorateId, criterion: input.criterion, specialSituation: input.specialSituation ?? null,
      fromDate: input.from, toDate: input.to, extraDaysPerMonth: input.continuous ? null : (input.extraDaysPerMonth ?? null), continuous: input.continuous,
      note: input.note, status: 'requested', proposedByHr: !self, requestedAt: ctx.clock.now(), requestedBy: ctx.actor.userId,
    });
    // The audit log records the request, never the circumstance itself.
    await audit(tx, ctx, { action: 'extension.requested', entity: 'extension', entityId: row.id, after: { criterion: row.criterion, from: row.fromDate, to: row.toDate, continuous: row.continuous } });
    return out(row, `${employee.lastName} ${employee.firstName}`, true);
  });
}

export async function listExtensions(ctx: Ctx, q: z.infer<typeof extensionQuery>) {
  return transaction(ctx, async (tx) => {
    const filter: Parameters<typeof repo.listExtensions>[2] = { employeeId: q.employeeId, status: q.status };
    if (!hasRole(ctx.actor, 'hr')) {
      const p = await positionsOf(tx, ctx);
      const directed = hasRole(ctx.actor, 'director') ? p.directorateIds : [];
      if (!ctx.actor.employeeId && !directed.length) throw forbidden('Le estensioni le consultano il dipendente, il Direttore e le Risorse umane');
      if (directed.length && q.employeeId !== ctx.actor.employeeId) filter.directorateIds = directed;
      else filter.employeeId = ctx.actor.employeeId!;
    }
    const rows = await repo.listExtensions(tx, ctx.organizationId, filter);
    const items = [];
    const reads = [];
    for (const r of rows) {
      const reader = await readerOf(tx, ctx, r.e);
      if (!reader) continue;
      if (reader === 'decider') reads.push({ action: 'extension.note_read', entity: 'extension', entityId: r.e.id });
      items.push(out(r.e, `${r.lastName} ${r.firstName}`, true));
    }
    await auditMany(tx, ctx, reads);
    return items;
  });
}

/** Art. 7.4 — the director of the employee's directorate authorizes or refuses (with a reason). */
export async function decideExtension(ctx: Ctx, id: string, input: z.infer<typeof extensionDecisionBody>) {
  return transaction(ctx, async (tx) => {
    const e = await repo.getExtension(tx, ctx.organizationId, id, true);
    if (!e) throw notFound('Estensione');
    if (ctx.actor.employeeId === e.employeeId || !isDirectorOf(ctx.actor, await positionsOf(tx, ctx), e.directorateId))
      throw forbidden('Autorizza l’estensione il Direttore della Direzione del dipendente (art. 7.4)');
    if (e.status !== 'requested') throw new DomainError('INVALID_STATE', 'L’estensione è già stata decisa', 'status', undefined, { status: e.status });
    if (input.decision === 'refuse' && !input.reason?.trim()) throw new DomainError('REASON_REQUIRED', 'Indica il motivo del diniego', 'reason');
    const status = input.decision === 'approve' ? 'approved' : 'refused';
    const after = await repo.updateExtension(tx, ctx.organizationId, id, { status, decidedAt: ctx.clock.now(), decidedBy: ctx.actor.userId, decisionReason: input.reason?.trim() || null });
    await audit(tx, ctx, { action: `extension.${status}`, entity: 'extension', entityId: id, before: { status: e.status }, after: { status }, reason: input.reason ?? null });
    const period = `dal ${italianDate(e.fromDate)} al ${italianDate(e.toDate)}`;
    await notify(tx, ctx, [{
      employeeId: e.employeeId, kind: `extension.${status}`, entity: 'extension', entityId: id, email: true,
      title: status === 'approved' ? 'Estensione del lavoro agile autorizzata' : 'Estensione del lavoro agile non autorizzata',
      body: status === 'approved' ? `L’estensione ${period} è autorizzata.` : `L’estensione ${period} non è autorizzata: ${input.reason}`,
    }]);
    const employee = await loadEmployee(tx, ctx, e.employeeId);
    return out(after, `${employee.lastName} ${employee.firstName}`, true);
  });
}
