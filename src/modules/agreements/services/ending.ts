import { italianDate } from '../../../platform/dates.js';
import { hasRole } from '../../../platform/actor.js';
import { audit } from '../../../platform/audit.js';
import { transaction, type Ctx } from '../../../platform/context.js';
import type { Db } from '../../../platform/db/engine.js';
import { DomainError, forbidden, notFound } from '../../../platform/errors.js';
import { circumstancesForRule } from '../../organization/services/circumstances.js';
import { loadEmployee, transferEmployee } from '../../organization/services/employees.js';
import { positionsOf } from '../../organization/services/scope.js';
import { regulationFor } from '../../organization/services/settings.js';
import { findUnit } from '../../organization/services/structure.js';
import { requiredSigners, statusOn, transition, type AgreementStatus } from '../domain/agreement.js';
import { assertWithdrawal, inactiveSince, isRevocableForInactivity, lapsesOnTransfer } from '../domain/ending.js';
import { can, isDirectorOf } from '../policy.js';
import * as repo from '../repositories/agreements.js';
import { lastRequestDate, loadVisible, toOut } from './agreements.js';
import { datesOf, refreshStatuses } from './statuses.js';
import { notify as send } from '../../notifications/services/notify.js';
import { cancelDaysFrom } from '../../agile-days/services/days.js';

/** Art. 13 — through the notifications module, so the right to disconnect holds. */
async function notify(tx: Db, ctx: Ctx, employeeId: string, kind: string, title: string, body: string, agreementId: string) {
  await send(tx, ctx, [{ employeeId, kind, title, body, entity: 'agreement', entityId: agreementId, email: true }]);
}

async function managerOf(tx: Db, ctx: Ctx, unitId: string): Promise<string | null> {
  return (await findUnit(tx, ctx, unitId)).managerEmployeeId;
}

/**
 * Art. 9.1–9.2 — withdrawal in writing, with a reason, effective after the notice: 30 days, or 90
 * when the employer withdraws from a worker with disability (L. 68/1999).
 */
export async function withdraw(ctx: Ctx, id: string, input: { effectiveDate: string; reason: string }) {
  return transaction(ctx, async (tx) => {
    await refreshStatuses(tx, ctx);
    const a = await loadVisible(tx, ctx, id, true);
    const isEmployee = ctx.actor.employeeId === a.employeeId;
    const isEmployer = !isEmployee && (hasRole(ctx.actor, 'hr') || isDirectorOf(ctx.actor, await positionsOf(tx, ctx), a.directorateId));
    if (!isEmployee && !isEmployer) throw forbidden('Recedono il lavoratore o l’Amministrazione (Direttore o Risorse Umane) (art. 9.1)');
    const status = statusOn(datesOf(a), ctx.clock.today());
    if (a.terminationKind) throw new DomainError('INVALID_STATE', `L’accordo ha già una cessazione dal ${a.terminationDate}`, 'status', undefined, { status });
    transition(status, 'withdraw');
    const { regulation } = await regulationFor(tx, ctx.organizationId);
    const disability = isEmployer ? (await circumstancesForRule(tx, ctx, a.employeeId, 'art. 9.2 preavviso di recesso')).disability : false;
    assertWithdrawal({ noticeDate: ctx.clock.today(), effectiveDate: input.effectiveDate, reason: input.reason, party: isEmployee ? 'employee' : 'employer', workerHasDisability: disability }, regulation);
    const after = await repo.updateAgreement(tx, ctx.organizationId, id, { terminationKind: 'withdrawn', terminationDate: input.effectiveDate, terminationReason: input.reason.trim(), terminatedBy: isEmployee ? 'employee' : 'employer' }, ctx.clock.now());
    await cancelDaysFrom(tx, ctx, id, input.effectiveDate);
    await audit(tx, ctx, { action: 'agreement.withdrawal_notified', entity: 'agreement', entityId: id, before: { status }, after: { terminationKind: 'withdrawn', effectiveDate: input.effectiveDate, party: after.terminatedBy }, reason: input.reason.trim() });
    if (isEmployer) await notify(tx, ctx, a.employeeId, 'agreement.withdrawal', 'Recesso dall’accordo di lavoro agile', `L’Amministrazione ha comunicato il recesso dall’accordo con effetto dal ${input.effectiveDate}. Motivo: ${input.reason.trim()}`, id);
    await refreshStatuses(tx, ctx);
    return toOut(tx, ctx, (await repo.getAgreement(tx, ctx.organizationId, id))!);
  });
}

/**
 * Art. 9.3 — a transfer to a unit of another directorate lapses the agreement on the transfer
 * date; within the same directorate it stays.
 */
export async function transfer(ctx: Ctx, employeeId: string, input: { unitId: string; date: string }) {
  if (!can(ctx.actor, 'agreements.transfer')) throw forbidden('I trasferimenti sono registrati dalla Direzione Risorse Umane (art. 9.3)');
  if (input.date > ctx.clock.today()) throw new DomainError('VALIDATION_FAILED', 'Registra il trasferimento dalla data in cui avviene, non prima', 'date', [{ field: 'date', detail: 'Data futura' }]);
  return transaction(ctx, async (tx) => {
    const moved = await transferEmployee(tx, ctx, employeeId, input.unitId, input.date);
    const lapsed: string[] = [];
    if (lapsesOnTransfer(moved.fromDirectorateId, moved.toDirectorateId)) {
      for (const a of await repo.runningAgreementsOf(tx, ctx.organizationId, employeeId)) {
        if (a.terminationKind && a.terminationDate && a.terminationDate <= input.date) continue;
        await repo.updateAgreement(tx, ctx.organizationId, a.id, { terminationKind: 'lapsed', terminationDate: input.date, terminationReason: 'Trasferimento ad altra Direzione (art. 9.3)', terminatedBy: 'system', ...(a.status === 'draft' || a.status === 'awaiting_signatures' ? { status: 'lapsed' } : {}) }, ctx.clock.now());
        await cancelDaysFrom(tx, ctx, a.id, input.date);
        await audit(tx, ctx, { action: 'agreement.lapsed', entity: 'agreement', entityId: a.id, before: { status: a.status }, after: { terminationKind: 'lapsed', date: input.date }, reason: 'Trasferimento ad altra Direzione (art. 9.3)' });
        await notify(tx, ctx, employeeId, 'agreement.lapsed', 'Decadenza dell’accordo di lavoro agile', `Con il trasferimento del ${input.date} ad altra Direzione l’accordo è decaduto (art. 9.3). La nuova Direzione può riattivarlo per il periodo residuo.`, a.id);
        lapsed.push(a.id);
      }
      await refreshStatuses(tx, ctx);
    }
    return { employeeId, unitId: input.unitId, lapsedAgreementIds: lapsed };
  });
}

/** Art. 9.3 — the new directorate may reactivate a lapsed agreement for the residual period, with new signatures. */
export async function reactivate(ctx: Ctx, id: string) {
  return transaction(ctx, async (tx) => {
    await refreshStatuses(tx, ctx);
    const a = await repo.getAgreement(tx, ctx.organizationId, id, true);
    if (!a) throw notFound('Accordo');
    const employee = await loadEmployee(tx, ctx, a.employeeId);
    if (!hasRole(ctx.actor, 'hr') && !isDirectorOf(ctx.actor, await positionsOf(tx, ctx), employee.directorateId)) throw forbidden('Riattiva la Direzione di nuova assegnazione (art. 9.3)');
    if (statusOn(datesOf(a), ctx.clock.today()) !== 'lapsed') throw new DomainError('INVALID_STATE', 'Si riattiva soltanto un accordo decaduto per trasferimento (art. 9.3)', 'status');
    if (a.endDate <= ctx.clock.today()) throw new DomainError('INVALID_STATE', 'Il periodo dell’accordo originario è terminato: serve una nuova richiesta', 'endDate');
    if ((await repo.runningAgreementsOf(tx, ctx.organizationId, a.employeeId)).some((r) => !r.terminationKind)) throw new DomainError('CONFLICT', 'Il dipendente ha già un accordo in corso', 'employeeId');
    const created = await repo.insertAgreement(tx, ctx.organizationId, {
      employeeId: a.employeeId, directorateId: employee.directorateId, applicationId: null, previousAgreementId: a.id, applicantRole: employee.role,
      status: 'draft', monthlyQuota: a.monthlyQuota, bandStart: a.bandStart, bandEnd: a.bandEnd, operationalMode: a.operationalMode,
      equipment: a.equipment, objectives: a.objectives, otherTerms: a.otherTerms, endDate: a.endDate, startDate: null, lastSignedOn: null,
      requiredSigners: requiredSigners(employee.role), terminationKind: null, terminationDate: null, terminationReason: null, terminatedBy: null,
    });
    await audit(tx, ctx, { action: 'agreement.reactivated', entity: 'agreement', entityId: created.id, after: created, reason: `Riattivazione per il periodo residuo dell’accordo ${a.id} (art. 9.3)` });
    await audit(tx, ctx, { action: 'agreement.reactivation_started', entity: 'agreement', entityId: a.id, after: { newAgreementId: created.id } });
    return toOut(tx, ctx, created);
  });
}

/** Art. 9.4 — HR may revoke ex officio after 6 months with no agile day requested; employee and manager are told. */
export async function revoke(ctx: Ctx, id: string, input: { reason: string }) {
  if (!can(ctx.actor, 'agreements.revoke')) throw forbidden('La revoca d’ufficio spetta alla Direzione Risorse Umane (art. 9.4)');
  if (!input.reason.trim()) throw new DomainError('REASON_REQUIRED', 'La revoca va motivata (art. 9.4)', 'reason');
  return transaction(ctx, async (tx) => {
    await refreshStatuses(tx, ctx);
    const a = await loadVisible(tx, ctx, id, true);
    const today = ctx.clock.today();
    const status = statusOn(datesOf(a), today);
    transition(status, 'revoke');
    const { regulation } = await regulationFor(tx, ctx.organizationId);
    const lastRequest = await lastRequestDate(tx, ctx.organizationId, a.id);
    if (!isRevocableForInactivity(a.startDate!, lastRequest, today, regulation.inactivityRevocationMonths))
      throw new DomainError('INVALID_STATE', `La revoca d’ufficio richiede ${regulation.inactivityRevocationMonths} mesi consecutivi senza giornate richieste (dal ${italianDate(inactiveSince(a.startDate!, lastRequest))}) (art. 9.4)`, 'status', undefined, { status });
    const after = await repo.updateAgreement(tx, ctx.organizationId, id, { terminationKind: 'revoked', terminationDate: today, terminationReason: input.reason.trim(), terminatedBy: 'hr' }, ctx.clock.now());
    await cancelDaysFrom(tx, ctx, id, today);
    await audit(tx, ctx, { action: 'agreement.revocation', entity: 'agreement', entityId: id, before: { status }, after: { terminationKind: 'revoked', date: today }, reason: input.reason.trim() });
    const employee = await loadEmployee(tx, ctx, a.employeeId);
    const body = `L’accordo di lavoro agile di ${employee.firstName} ${employee.lastName} è revocato d’ufficio dal ${today}: nessuna giornata richiesta per ${regulation.inactivityRevocationMonths} mesi (art. 9.4). Motivo: ${input.reason.trim()}`;
    await notify(tx, ctx, a.employeeId, 'agreement.revoked', 'Revoca d’ufficio dell’accordo di lavoro agile', body, id);
    const manager = await managerOf(tx, ctx, employee.unitId);
    if (manager && manager !== a.employeeId) await notify(tx, ctx, manager, 'agreement.revoked', 'Revoca d’ufficio di un accordo della tua unità', body, id);
    await refreshStatuses(tx, ctx);
    return toOut(tx, ctx, after);
  });
}

export const ENDING_STATUSES: AgreementStatus[] = ['withdrawn', 'lapsed', 'revoked', 'expired'];
