import type { z } from 'zod';
import type { agreementPatch, agreementQuery } from '../../../contracts/agreements.js';
import { hasRole } from '../../../platform/actor.js';
import { audit, listAudit } from '../../../platform/audit.js';
import { transaction, type Ctx } from '../../../platform/context.js';
import { addDays, addMonths } from '../../../platform/dates.js';
import type { Db } from '../../../platform/db/engine.js';
import { DomainError, forbidden, notFound } from '../../../platform/errors.js';
import { loadEmployee } from '../../organization/services/employees.js';
import { positionsOf } from '../../organization/services/scope.js';
import { regulationFor } from '../../organization/services/settings.js';
import { findDirectorateByCode } from '../../organization/services/structure.js';
import { assertBand, assertDuration, startDateAfter, statusOn, transition, type AgreementStatus, type SignerRole } from '../domain/agreement.js';
import { inactiveSince } from '../domain/ending.js';
import { assertQuota } from '../domain/quota.js';
import { isDirectorOf } from '../policy.js';
import * as repo from '../repositories/agreements.js';
import { heldBy } from '../../workplaces/services/equipment.js';
import { assertVisible, visibleScope } from './access.js';
import { datesOf, refreshStatuses } from './statuses.js';

/** Art. 9.4 — the last agile day asked for under the agreement, if any. */
export async function lastRequestDate(db: Db, organizationId: string, agreementId: string): Promise<string | null> {
  return (await repo.lastRequestDates(db, organizationId, [agreementId])).get(agreementId) ?? null;
}

export async function toOut(db: Db, ctx: Ctx, a: repo.AgreementRow) {
  const [employee, signatures, lastRequest] = await Promise.all([
    loadEmployee(db, ctx, a.employeeId),
    repo.signaturesOf(db, ctx.organizationId, a.id),
    lastRequestDate(db, ctx.organizationId, a.id),
  ]);
  const status = statusOn(datesOf(a), ctx.clock.today());
  return {
    id: a.id, status, employeeId: a.employeeId, employeeName: `${employee.lastName} ${employee.firstName}`, matricola: employee.matricola,
    directorateId: a.directorateId, applicationId: a.applicationId, previousAgreementId: a.previousAgreementId,
    monthlyQuota: a.monthlyQuota, band: { start: a.bandStart, end: a.bandEnd }, operationalMode: a.operationalMode, equipment: a.equipment,
    objectives: a.objectives, otherTerms: a.otherTerms, endDate: a.endDate, startDate: a.startDate,
    requiredSigners: a.requiredSigners as SignerRole[],
    signatures: signatures.map((s) => ({ role: s.signerRole as SignerRole, name: s.signerName, at: s.signedAt.toISOString() })),
    termination: a.terminationKind && a.terminationDate ? { kind: a.terminationKind as 'withdrawn', date: a.terminationDate, reason: a.terminationReason } : null,
    inactiveSince: status === 'active' && a.startDate ? inactiveSince(a.startDate, lastRequest) : null,
    employeeRole: employee.role,
  };
}

async function hrDirectorateId(db: Db, ctx: Ctx): Promise<string | null> {
  const { regulation } = await regulationFor(db, ctx.organizationId);
  if (!regulation.hrDirectorateCode) return null;
  return (await findDirectorateByCode(db, ctx, regulation.hrDirectorateCode))?.id ?? null;
}

/** Art. 8.1, 20.2 — the signature the actor may add now, if any. */
async function signerRoleOf(db: Db, ctx: Ctx, a: repo.AgreementRow): Promise<SignerRole | null> {
  const signed = new Set((await repo.signaturesOf(db, ctx.organizationId, a.id)).map((s) => s.signerRole));
  const required = (a.requiredSigners as SignerRole[]).filter((r) => !signed.has(r));
  const p = await positionsOf(db, ctx);
  const hrDirectorate = required.includes('hr_director') ? await hrDirectorateId(db, ctx) : null;
  const qualifies: Record<SignerRole, boolean> = {
    employee: ctx.actor.employeeId === a.employeeId,
    director: ctx.actor.employeeId !== a.employeeId && isDirectorOf(ctx.actor, p, a.directorateId),
    hr: ctx.actor.employeeId !== a.employeeId && hasRole(ctx.actor, 'hr'),
    hr_director: ctx.actor.employeeId !== a.employeeId && (hrDirectorate ? isDirectorOf(ctx.actor, p, hrDirectorate) : hasRole(ctx.actor, 'hr') && hasRole(ctx.actor, 'director')),
  };
  return required.find((r) => qualifies[r]) ?? null;
}

export async function listAgreements(ctx: Ctx, q: z.infer<typeof agreementQuery>) {
  return transaction(ctx, async (tx) => {
    await refreshStatuses(tx, ctx);
    const scope = await visibleScope(tx, ctx);
    const today = ctx.clock.today();
    const filter: repo.AgreementFilter = { employeeId: q.employeeId, ...(scope === 'all' ? {} : scope) };
    if (q.status) filter.statuses = [q.status];
    if (q.expiringWithinDays !== undefined) {
      filter.statuses = ['signed', 'active'];
      filter.endingBy = addDays(today, q.expiringWithinDays);
    }
    if (q.inactiveMonths !== undefined) {
      filter.statuses = ['active'];
      filter.startedBy = addMonths(today, -q.inactiveMonths);
      filter.inactiveSinceBy = filter.startedBy;
    }
    const { rows, total } = await repo.listAgreements(tx, ctx.organizationId, filter, q.pageSize, (q.page - 1) * q.pageSize);
    // Art. 9.4 is applied in SQL (start date and last request), so the count is exact.
    const items = await Promise.all(rows.map((a) => toOut(tx, ctx, a)));
    return { items, total, page: q.page, pageSize: q.pageSize };
  });
}

export async function loadVisible(tx: Db, ctx: Ctx, id: string, forUpdate = false) {
  const a = await repo.getAgreement(tx, ctx.organizationId, id, forUpdate);
  if (!a) throw notFound('Accordo');
  await assertVisible(tx, ctx, a);
  return a;
}

export async function getAgreement(ctx: Ctx, id: string) {
  return transaction(ctx, async (tx) => {
    await refreshStatuses(tx, ctx);
    const a = await loadVisible(tx, ctx, id);
    const timeline = (await listAudit(tx, ctx.organizationId, { entity: 'agreement', entityId: id, limit: 200 })).reverse();
    return {
      ...(await toOut(tx, ctx, a)),
      timeline: timeline.map((t) => ({ at: t.at.toISOString(), actor: t.actorLabel, action: t.action, reason: t.reason })),
      canSignAs: a.status === 'draft' || a.status === 'awaiting_signatures' ? await signerRoleOf(tx, ctx, a) : null,
      heldEquipment: await heldBy(tx, ctx, a.employeeId),
    };
  });
}

/** Art. 8.1 — the terms are edited while the agreement is a draft, by its director or HR. */
export async function updateAgreement(ctx: Ctx, id: string, patch: z.infer<typeof agreementPatch>) {
  return transaction(ctx, async (tx) => {
    const a = await loadVisible(tx, ctx, id, true);
    if (!hasRole(ctx.actor, 'hr') && !isDirectorOf(ctx.actor, await positionsOf(tx, ctx), a.directorateId)) throw forbidden('Modificano la bozza il Direttore o la Direzione Risorse Umane');
    transition(a.status as AgreementStatus, 'edit');
    const { regulation } = await regulationFor(tx, ctx.organizationId);
    const employee = await loadEmployee(tx, ctx, a.employeeId);
    if (patch.monthlyQuota !== undefined) assertQuota(patch.monthlyQuota, regulation);
    if (patch.band) assertBand(patch.band, employee.role === 'senior_officer', regulation);
    if (patch.endDate) {
      if (patch.endDate <= ctx.clock.today()) throw new DomainError('VALIDATION_FAILED', 'La scadenza deve essere futura', 'endDate', [{ field: 'endDate', detail: 'Data passata' }]);
      assertDuration(patch.endDate, ctx.clock.today(), regulation);
    }
    const after = await repo.updateAgreement(tx, ctx.organizationId, id, {
      monthlyQuota: patch.monthlyQuota, bandStart: patch.band?.start, bandEnd: patch.band?.end, operationalMode: patch.operationalMode,
      equipment: patch.equipment, objectives: patch.objectives, otherTerms: patch.otherTerms, endDate: patch.endDate,
    }, ctx.clock.now());
    await audit(tx, ctx, { action: 'agreement.updated', entity: 'agreement', entityId: id, before: a, after });
    return toOut(tx, ctx, after);
  });
}

/**
 * Art. 8.1, 20.2 — each party signs in turn; the first signature closes the draft (art. 19: at
 * least one measurable objective), the last fixes the start on the first day of the next month (art. 6.4).
 */
export async function signAgreement(ctx: Ctx, id: string) {
  return transaction(ctx, async (tx) => {
    const a = await loadVisible(tx, ctx, id, true);
    const role = await signerRoleOf(tx, ctx, a);
    if (!role) {
      if (a.status !== 'draft' && a.status !== 'awaiting_signatures') throw new DomainError('INVALID_STATE', 'L’accordo non è in attesa di firme', 'status', undefined, { status: a.status });
      throw forbidden('Non sei tra i firmatari di questo accordo, o hai già firmato');
    }
    const today = ctx.clock.today();
    const { regulation } = await regulationFor(tx, ctx.organizationId);
    const employee = await loadEmployee(tx, ctx, a.employeeId);
    if (!a.objectives.length) throw new DomainError('OBJECTIVES_REQUIRED', 'L’accordo deve indicare almeno un obiettivo misurabile con il suo indicatore (art. 19)', 'objectives');
    assertBand({ start: a.bandStart, end: a.bandEnd }, employee.role === 'senior_officer', regulation);
    assertQuota(a.monthlyQuota, regulation);
    let status = transition(a.status as AgreementStatus, 'sign');
    const signer = ctx.actor.employeeId ? await loadEmployee(tx, ctx, ctx.actor.employeeId) : null;
    const signerName = signer ? `${signer.firstName} ${signer.lastName}` : ctx.actor.username;
    await repo.insertSignature(tx, ctx.organizationId, { agreementId: id, signerRole: role, userId: ctx.actor.userId!, signerName, signedAt: ctx.clock.now() });
    const signed = new Set((await repo.signaturesOf(tx, ctx.organizationId, id)).map((s) => s.signerRole));
    const complete = (a.requiredSigners as string[]).every((r) => signed.has(r));
    const changes: Partial<repo.AgreementValues> = { status };
    if (complete) {
      assertDuration(a.endDate, today, regulation);
      status = transition(status, 'complete_signatures');
      Object.assign(changes, { status, lastSignedOn: today, startDate: startDateAfter(today) });
    }
    const after = await repo.updateAgreement(tx, ctx.organizationId, id, changes, ctx.clock.now());
    await audit(tx, ctx, { action: complete ? 'agreement.signed' : 'agreement.signature', entity: 'agreement', entityId: id, before: { status: a.status }, after: { status: after.status, signer: role, startDate: after.startDate } });
    return toOut(tx, ctx, after);
  });
}
