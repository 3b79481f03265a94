import type { z } from 'zod';
import type { approvalBody, dayCreate, dayQuery, revocationBody, verificationBody } from '../../../contracts/agile-days.js';
import { audit } from '../../../platform/audit.js';
import { romeTimeOf } from '../../../platform/clock.js';
import { transaction, type Ctx } from '../../../platform/context.js';
import { firstOfMonth, italianDate, lastOfMonth, monthOf } from '../../../platform/dates.js';
import type { Db } from '../../../platform/db/engine.js';
import { hasRole } from '../../../platform/actor.js';
import { DomainError, forbidden, notFound } from '../../../platform/errors.js';
import { coversDate } from '../../agreements/domain/agreement.js';
import { visibleScope } from '../../agreements/services/access.js';
import { datesOf } from '../../agreements/services/statuses.js';
import { loadEmployee } from '../../organization/services/employees.js';
import { regulationFor } from '../../organization/services/settings.js';
import { findUnit } from '../../organization/services/structure.js';
import { notify } from '../../notifications/services/notify.js';
import { cancelBookingsOfAgileDay } from '../../workplaces/services/bookings.js';
import { assertDecidable, assertRejectionReason, assertVerifiable, dayTransition, type AgileDayStatus } from '../domain/agile-day.js';
import { assertCancellable, assertDayRequest, assertRevocable } from '../domain/day-request.js';
import * as repo from '../repositories/days.js';
import { assertDecider, assertSelf } from './access.js';
import { quotaIn } from './quota.js';
import { emitDayEvent } from './webhooks.js';


export function dayOut(d: repo.DayRow, person: { firstName: string; lastName: string; matricola: string }) {
  return {
    id: d.id, employeeId: d.employeeId, employeeName: `${person.lastName} ${person.firstName}`, matricola: person.matricola, unitId: d.unitId, date: d.date,
    status: d.status as AgileDayStatus, activities: d.activities, exceptional: d.exceptional, reason: d.reason, explicitApproval: d.explicitApproval,
    countsAgainstQuota: d.countsAgainstQuota, requestedAt: d.requestedAt.toISOString(),
    decision: d.decidedAt ? { at: d.decidedAt.toISOString(), reason: d.decisionReason } : null,
    revocation: d.revokedAt ? { at: d.revokedAt.toISOString(), reason: d.revocationReason ?? '' } : null,
    cancelledAt: d.cancelledAt?.toISOString() ?? null,
    verification: d.verifiedAt && d.verificationOutcome ? { outcome: d.verificationOutcome as 'done', note: d.verificationNote, at: d.verifiedAt.toISOString() } : null,
  };
}

async function personOf(db: Db, ctx: Ctx, employeeId: string) {
  return loadEmployee(db, ctx, employeeId);
}

/**
 * Art. 7, 10.1, 11 — E asks for a day. The employee's month is locked first, then (with a
 * rotation limit) the unit's day, so that racing requests see each other's effect: the quota
 * and the limit are never exceeded, whatever the concurrency.
 */
export async function requestDay(ctx: Ctx, input: z.infer<typeof dayCreate>) {
  assertSelf(ctx, input.employeeId, 'Ogni dipendente chiede le proprie giornate (art. 10.1)');
  return transaction(ctx, async (tx) => {
    const employee = await loadEmployee(tx, ctx, input.employeeId);
    const rules = await regulationFor(tx, ctx.organizationId);
    const { regulation, patronDay } = rules;
    const month = monthOf(input.date);
    await repo.lock(tx, `quota:${ctx.organizationId}:${employee.id}:${month}`);
    const [agreements, quota, alreadyRequested, unit] = await Promise.all([
      repo.agreementsOf(tx, ctx.organizationId, employee.id),
      quotaIn(tx, ctx, employee.id, month),
      repo.hasLiveDay(tx, ctx.organizationId, employee.id, input.date),
      findUnit(tx, ctx, employee.unitId),
    ]);
    const limit = unit.maxAgilePerDay ?? null;
    const agreement = agreements.find((a) => coversDate(datesOf(a), input.date));
    let unitAgileThatDay = 0;
    if (limit !== null) {
      await repo.lock(tx, `unit:${ctx.organizationId}:${employee.unitId}:${input.date}`);
      unitAgileThatDay = await repo.unitAgileCount(tx, ctx.organizationId, employee.unitId, input.date);
    }
    // Art. 7.3 — inside a continuous period the day does not count against the quota.
    const continuous = quota.continuousPeriods.some((p) => p.from <= input.date && input.date <= p.to);
    const { explicitApprovalNeeded } = assertDayRequest(
      {
        date: input.date, today: ctx.clock.today(), activities: input.activities, exceptional: input.exceptional, reason: input.reason ?? null,
        pattern: employee.workPattern, patronDay, agreementCovers: Boolean(agreement), alreadyRequested,
        remaining: continuous ? Number.POSITIVE_INFINITY : quota.remaining, unitAgileThatDay, unitLimit: limit,
      },
      regulation,
    );
    const day = await repo.insertDay(tx, ctx.organizationId, {
      employeeId: employee.id, agreementId: agreement!.id, unitId: employee.unitId, directorateId: employee.directorateId, date: input.date, status: 'pending',
      activities: input.activities.trim(), exceptional: input.exceptional, reason: input.reason?.trim() || null, explicitApproval: explicitApprovalNeeded,
      countsAgainstQuota: !continuous, requestedAt: ctx.clock.now(), requestedBy: ctx.actor.userId,
    });
    await audit(tx, ctx, { action: 'agile_day.requested', entity: 'agile_day', entityId: day.id, after: { date: day.date, exceptional: day.exceptional }, reason: day.reason });
    const manager = unit.managerEmployeeId;
    if (manager && manager !== employee.id)
      await notify(tx, ctx, [{
        employeeId: manager, kind: 'agile_day.requested', entity: 'agile_day', entityId: day.id,
        title: explicitApprovalNeeded ? 'Richiesta eccezionale di lavoro agile' : 'Nuova richiesta di lavoro agile',
        body: `${employee.lastName} ${employee.firstName} chiede il ${italianDate(day.date)} in lavoro agile.`,
      }], {}, { rules, directorateOf: new Map([[manager, unit.directorateId]]) });
    await emitDayEvent(tx, ctx, day, employee.matricola);
    return { id: day.id, status: 'pending' as const, explicitApproval: day.explicitApproval };
  });
}

async function loadDay(tx: Db, ctx: Ctx, id: string) {
  const day = await repo.getDay(tx, ctx.organizationId, id, true);
  if (!day) throw notFound('Giornata');
  return day;
}

async function changed(tx: Db, ctx: Ctx, day: repo.DayRow, action: string, message: { title: string; body: string; toManager?: boolean } | null, reason: string | null = null, urgency = {}) {
  const person = await personOf(tx, ctx, day.employeeId);
  await audit(tx, ctx, { action, entity: 'agile_day', entityId: day.id, after: { status: day.status, date: day.date }, reason });
  if (day.status === 'revoked' || day.status === 'cancelled')
    await cancelBookingsOfAgileDay(tx, ctx, day.id, day.status === 'revoked' ? 'la giornata di lavoro agile è stata revocata' : 'la giornata di lavoro agile è stata annullata');
  if (message) {
    const to = message.toManager ? (await findUnit(tx, ctx, day.unitId)).managerEmployeeId : day.employeeId;
    if (to && to !== ctx.actor.employeeId) await notify(tx, ctx, [{ employeeId: to, kind: action, entity: 'agile_day', entityId: day.id, title: message.title, body: message.body, email: !message.toManager }], urgency);
  }
  await emitDayEvent(tx, ctx, day, person.matricola);
  return dayOut(day, person);
}

/** Art. 10.1 — the manager approves, or rejects with a reason. */
export async function decideDay(ctx: Ctx, id: string, input: z.infer<typeof approvalBody>) {
  return transaction(ctx, (tx) => decideIn(tx, ctx, id, input));
}

async function decideIn(tx: Db, ctx: Ctx, id: string, input: z.infer<typeof approvalBody>) {
  const day = await loadDay(tx, ctx, id);
  await assertDecider(tx, ctx, day);
  const status = dayTransition(day.status as AgileDayStatus, input.decision === 'approve' ? 'approve' : 'reject');
  if (input.decision === 'reject') assertRejectionReason(input.reason);
  else assertDecidable(day.date, ctx.clock.today());
  const after = await repo.updateDay(tx, ctx.organizationId, id, { status, decidedAt: ctx.clock.now(), decidedBy: ctx.actor.userId, decisionReason: input.reason?.trim() || null }, ctx.clock.now());
  const when = italianDate(day.date);
  return changed(
    tx, ctx, after, `agile_day.${status}`,
    status === 'approved'
      ? { title: `Lavoro agile autorizzato il ${when}`, body: `La giornata del ${when} è autorizzata.` }
      : { title: `Lavoro agile non autorizzato il ${when}`, body: `La giornata del ${when} è stata respinta: ${input.reason}` },
    input.reason ?? null,
  );
}

/**
 * Decides many requests, each in its own transaction so one refusal does not undo the others.
 * Art. 10.1 "di norma": a late, exceptional request is never approved in bulk.
 */
export async function decideDays(ctx: Ctx, input: { ids: string[]; decision: 'approve' | 'reject'; reason?: string | null }) {
  if (!hasRole(ctx.actor, 'manager', 'director')) throw forbidden('Decidono le giornate i dirigenti e i Direttori (art. 10)');
  const results = [];
  for (const id of input.ids) {
    try {
      const out = await transaction(ctx, async (tx) => {
        const day = await repo.getDay(tx, ctx.organizationId, id);
        if (day?.explicitApproval && input.decision === 'approve')
          throw new DomainError('EXPLICIT_APPROVAL_NEEDED', 'Richiesta eccezionale fuori termine: va approvata singolarmente, dopo averne letto il motivo (art. 10.1)', 'ids');
        return decideIn(tx, ctx, id, input);
      });
      results.push({ id, ok: true, status: out.status });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      results.push({ id, ok: false, code: error.code, detail: error.detail });
    }
  }
  return { results };
}

/** Art. 10.2 — the manager revokes an approved day no later than the day before; it becomes recoverable within the month. */
export async function revokeDay(ctx: Ctx, id: string, input: z.infer<typeof revocationBody>) {
  return transaction(ctx, async (tx) => {
    const day = await loadDay(tx, ctx, id);
    await assertDecider(tx, ctx, day);
    const status = dayTransition(day.status as AgileDayStatus, 'revoke');
    const { regulation } = await regulationFor(tx, ctx.organizationId);
    assertRevocable(day.date, ctx.clock.today(), regulation);
    const after = await repo.updateDay(tx, ctx.organizationId, id, { status, revokedAt: ctx.clock.now(), revokedBy: ctx.actor.userId, revocationReason: input.reason }, ctx.clock.now());
    const when = italianDate(day.date);
    return changed(
      tx, ctx, after, 'agile_day.revoked',
      { title: `Lavoro agile revocato il ${when}`, body: `La giornata del ${when} è revocata: ${input.reason}. Puoi recuperarla con un’altra data dello stesso mese (art. 10.2).` },
      input.reason, { urgent: input.urgent, urgentReason: input.urgentReason },
    );
  });
}

/** Art. 10.2, 11.4 — E cancels, even an approved day, until the working window opens on that day. */
export async function cancelDay(ctx: Ctx, id: string) {
  return transaction(ctx, async (tx) => {
    const day = await loadDay(tx, ctx, id);
    assertSelf(ctx, day.employeeId, 'Annulla la giornata soltanto chi l’ha chiesta (art. 10.2)');
    const status = dayTransition(day.status as AgileDayStatus, 'cancel');
    const { regulation } = await regulationFor(tx, ctx.organizationId);
    assertCancellable(day.date, ctx.clock.today(), romeTimeOf(ctx.clock.now()), regulation);
    const after = await repo.updateDay(tx, ctx.organizationId, id, { status, cancelledAt: ctx.clock.now() }, ctx.clock.now());
    const when = italianDate(day.date);
    const person = await personOf(tx, ctx, day.employeeId);
    return changed(tx, ctx, after, 'agile_day.cancelled', { title: `Giornata annullata: ${when}`, body: `${person.lastName} ${person.firstName} ha annullato la giornata del ${when}.`, toManager: true });
  });
}

/** Art. 11.2, 19 — after the day, the manager records whether the planned activities were done. */
export async function verifyDay(ctx: Ctx, id: string, input: z.infer<typeof verificationBody>) {
  return transaction(ctx, async (tx) => {
    const day = await loadDay(tx, ctx, id);
    await assertDecider(tx, ctx, day);
    assertVerifiable(day.status as AgileDayStatus, day.date, ctx.clock.today());
    const after = await repo.updateDay(tx, ctx.organizationId, id, { verificationOutcome: input.outcome, verificationNote: input.note?.trim() || null, verifiedAt: ctx.clock.now(), verifiedBy: ctx.actor.userId }, ctx.clock.now());
    await audit(tx, ctx, { action: 'agile_day.verified', entity: 'agile_day', entityId: id, before: { outcome: day.verificationOutcome }, after: { outcome: input.outcome }, reason: input.note ?? null });
    return dayOut(after, await personOf(tx, ctx, day.employeeId));
  });
}

export async function listDays(ctx: Ctx, q: z.infer<typeof dayQuery>) {
  const db = ctx.engine.db;
  const scope = await visibleScope(db, ctx);
  const filter: repo.DayFilter = { employeeId: q.employeeId, unitId: q.unitId, statuses: q.status ? [q.status] : undefined };
  if (scope !== 'all') filter.employeeIds = scope.employeeIds ?? [];
  if (q.month) Object.assign(filter, { from: firstOfMonth(q.month), to: lastOfMonth(q.month) });
  if (q.toVerify) filter.unverifiedBefore = ctx.clock.today();
  let rows = await repo.listDays(db, ctx.organizationId, filter);
  // Days waiting for verification are the decider's, never one's own.
  if (q.toVerify) rows = rows.filter((r) => r.day.employeeId !== ctx.actor.employeeId);
  return { items: rows.map((r) => dayOut(r.day, r)), total: rows.length };
}

/**
 * Art. 6.4, 9 — when an agreement ends (withdrawal, lapse, revocation), the days asked for from
 * its end on are cancelled: no agile day outside an agreement. The attendance system is told.
 */
export async function cancelDaysFrom(tx: Db, ctx: Ctx, agreementId: string, from: string): Promise<number> {
  const live = await repo.liveDaysOfAgreement(tx, ctx.organizationId, agreementId, from);
  for (const d of live) {
    const after = await repo.updateDay(tx, ctx.organizationId, d.id, { status: 'cancelled', cancelledAt: ctx.clock.now() }, ctx.clock.now());
    await changed(tx, ctx, after, 'agile_day.cancelled', null, 'Fine dell’accordo di lavoro agile (art. 9)');
  }
  return live.length;
}
