import type { z } from 'zod';
import type { bankDecisionBody, bankReleaseBody, bankRequestBody } from '../../../contracts/agile-days.js';
import { hasRole } from '../../../platform/actor.js';
import { audit, auditMany } from '../../../platform/audit.js';
import { transaction, type Ctx } from '../../../platform/context.js';
import { monthOf } from '../../../platform/dates.js';
import type { Db } from '../../../platform/db/engine.js';
import { DomainError, forbidden, notFound } from '../../../platform/errors.js';
import { isDirectorOf } from '../../agreements/policy.js';
import { notify } from '../../notifications/services/notify.js';
import { loadEmployee } from '../../organization/services/employees.js';
import { positionsOf } from '../../organization/services/scope.js';
import { regulationFor } from '../../organization/services/settings.js';
import { allocateBank, type PriorityCriterion } from '../domain/bank.js';
import * as repo from '../repositories/bank.js';
import { lock } from '../repositories/days.js';
import { assertSelf } from './access.js';
import { allQuotas, quotaIn } from './quota.js';

const monthName = (m: string) => new Intl.DateTimeFormat('it-IT', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${m}-01T00:00:00Z`));

function assertOpenMonth(ctx: Ctx, month: string) {
  if (month < monthOf(ctx.clock.today())) throw new DomainError('MONTH_CLOSED', 'Il mese è concluso: le giornate non fruite non sono recuperabili (art. 7.5)', 'month');
}

const requestOut = (r: repo.BankRequestRow, person: { firstName: string; lastName: string }) => ({
  id: r.id, employeeId: r.employeeId, employeeName: `${person.lastName} ${person.firstName}`, month: r.month, days: r.days, criterion: r.criterion as PriorityCriterion,
  status: r.status as 'requested', grantedDays: r.grantedDays, requestedAt: r.requestedAt.toISOString(),
  decision: r.decidedAt ? { at: r.decidedAt.toISOString(), reason: r.decisionReason } : null,
});

/**
 * Art. 7.8 — the directorate's bank for a month. The director and HR see every request (the
 * criterion, not the circumstance); the people of the directorate see the balance and their own.
 */
export async function getBank(ctx: Ctx, directorateId: string, month = monthOf(ctx.clock.today())) {
  const db = ctx.engine.db;
  const full = hasRole(ctx.actor, 'hr') || isDirectorOf(ctx.actor, await positionsOf(db, ctx), directorateId);
  if (!full) {
    const own = ctx.actor.employeeId ? await loadEmployee(db, ctx, ctx.actor.employeeId) : null;
    if (own?.directorateId !== directorateId) throw forbidden('La Banca delle giornate è consultabile dalla sua Direzione');
  }
  const [bank, requests, { regulation }] = await Promise.all([
    repo.getBank(db, ctx.organizationId, directorateId, month),
    repo.requestsOf(db, ctx.organizationId, { directorateId, month, employeeId: full ? undefined : ctx.actor.employeeId! }),
    regulationFor(db, ctx.organizationId),
  ]);
  const released = bank?.released ?? 0;
  const granted = bank?.granted ?? 0;
  return {
    directorateId, month, released, granted, balance: released - granted,
    requested: requests.filter((r) => r.r.status === 'requested').reduce((s, r) => s + r.r.days, 0),
    automaticRelease: { day: regulation.bankAutoReleaseDay, doneAt: bank?.autoReleasedAt?.toISOString() ?? null },
    requests: requests.map((r) => requestOut(r.r, r)),
  };
}

/** Art. 7.8 — E gives unused days of the month to the directorate's bank; they leave E's quota. */
export async function releaseDays(ctx: Ctx, input: z.infer<typeof bankReleaseBody>) {
  assertSelf(ctx, input.employeeId, 'Ogni dipendente cede soltanto le proprie giornate (art. 7.8)');
  assertOpenMonth(ctx, input.month);
  return transaction(ctx, async (tx) => {
    const employee = await loadEmployee(tx, ctx, input.employeeId);
    await lock(tx, `quota:${ctx.organizationId}:${employee.id}:${input.month}`);
    const quota = await quotaIn(tx, ctx, employee.id, input.month);
    if (input.days > quota.remaining)
      throw new DomainError('QUOTA_EXCEEDED', `Puoi cedere al massimo le giornate che ti restano nel mese: ${quota.remaining}`, 'days', undefined, { remaining: quota.remaining });
    await repo.lockBank(tx, ctx.organizationId, employee.directorateId, input.month);
    const [release] = await repo.insertReleases(tx, ctx.organizationId, [{ employeeId: employee.id, directorateId: employee.directorateId, month: input.month, days: input.days, automatic: false, releasedAt: ctx.clock.now() }]);
    await repo.addReleased(tx, ctx.organizationId, employee.directorateId, input.month, input.days);
    await audit(tx, ctx, { action: 'bank.released', entity: 'day_bank', entityId: `${employee.directorateId}:${input.month}`, after: { days: input.days } });
    const bank = (await repo.getBank(tx, ctx.organizationId, employee.directorateId, input.month))!;
    return { id: release!.id, month: input.month, days: input.days, balance: bank.released - bank.granted };
  });
}

/** Art. 7.8 — E asks the bank for extra days in the month, citing a priority criterion. */
export async function requestBankDays(ctx: Ctx, input: z.infer<typeof bankRequestBody>) {
  assertSelf(ctx, input.employeeId, 'Ogni dipendente chiede giornate aggiuntive per sé (art. 7.8)');
  assertOpenMonth(ctx, input.month);
  return transaction(ctx, async (tx) => {
    const employee = await loadEmployee(tx, ctx, input.employeeId);
    const quota = await quotaIn(tx, ctx, employee.id, input.month);
    if (quota.base === 0 && quota.extensions === 0)
      throw new DomainError('AGREEMENT_NOT_ACTIVE', 'Nel mese indicato non hai un accordo di lavoro agile attivo (art. 7)', 'month');
    const row = await repo.insertRequest(tx, ctx.organizationId, {
      employeeId: employee.id, directorateId: employee.directorateId, month: input.month, days: input.days, criterion: input.criterion, status: 'requested', requestedAt: ctx.clock.now(),
    });
    await audit(tx, ctx, { action: 'bank.requested', entity: 'bank_request', entityId: row.id, after: { days: row.days, criterion: row.criterion, month: row.month } });
    return requestOut(row, employee);
  });
}

async function pendingOf(tx: Db, ctx: Ctx, directorateId: string, month: string) {
  return (await repo.requestsOf(tx, ctx.organizationId, { directorateId, month, status: 'requested' })).map((r) => ({
    id: r.r.id, criterion: r.r.criterion as PriorityCriterion, days: r.r.days, requestedAt: r.r.requestedAt.toISOString(), row: r.r,
  }));
}

async function grant(tx: Db, ctx: Ctx, r: repo.BankRequestRow, days: number, reason: string | null) {
  if (days > 0 && !(await repo.takeGranted(tx, ctx.organizationId, r.directorateId, r.month, days)))
    throw new DomainError('BANK_INSUFFICIENT', 'Nella Banca non ci sono abbastanza giornate (art. 7.8)', 'days');
  const status = days > 0 ? 'granted' : 'refused';
  const after = await repo.updateRequest(tx, ctx.organizationId, r.id, { status, grantedDays: days, decidedAt: ctx.clock.now(), decidedBy: ctx.actor.userId, decisionReason: reason });
  const month = monthName(r.month);
  await notify(tx, ctx, [{
    employeeId: r.employeeId, kind: `bank.${status}`, entity: 'bank_request', entityId: r.id, email: true,
    title: status === 'granted' ? `Giornate aggiuntive per ${month}` : `Giornate aggiuntive non concesse per ${month}`,
    body: status === 'granted' ? `Ti sono state assegnate ${days} giornate dalla Banca per ${month} (art. 7.8).` : `La richiesta di ${r.days} giornate per ${month} non è accolta: ${reason ?? ''}`,
  }]);
  return after;
}

/**
 * Art. 7.8 — the director authorizes one request. When the bank cannot serve it together with
 * the requests before it in the order of art. 7.2–7.3, it is refused with BANK_INSUFFICIENT.
 */
export async function decideBankRequest(ctx: Ctx, id: string, input: z.infer<typeof bankDecisionBody>) {
  return transaction(ctx, async (tx) => {
    const r = await repo.getRequest(tx, ctx.organizationId, id);
    if (!r) throw notFound('Richiesta alla Banca');
    if (ctx.actor.employeeId === r.employeeId || !isDirectorOf(ctx.actor, await positionsOf(tx, ctx), r.directorateId))
      throw forbidden('Autorizza le giornate della Banca il Direttore della Direzione (art. 7.8)');
    const bank = await repo.lockBank(tx, ctx.organizationId, r.directorateId, r.month);
    const locked = (await repo.getRequest(tx, ctx.organizationId, id, true))!;
    if (locked.status !== 'requested') throw new DomainError('INVALID_STATE', 'La richiesta è già stata decisa', 'status', undefined, { status: locked.status });
    if (input.decision === 'refuse') {
      if (!input.reason?.trim()) throw new DomainError('REASON_REQUIRED', 'Indica il motivo del diniego', 'reason');
      const after = await grant(tx, ctx, locked, 0, input.reason);
      await audit(tx, ctx, { action: 'bank.refused', entity: 'bank_request', entityId: id, reason: input.reason });
      return requestOut(after, await loadEmployee(tx, ctx, r.employeeId));
    }
    const balance = bank.released - bank.granted;
    const plan = allocateBank(balance, await pendingOf(tx, ctx, r.directorateId, r.month));
    const mine = plan.grants.find((g) => g.id === id)!;
    if (mine.days < locked.days)
      throw new DomainError('BANK_INSUFFICIENT', `Nella Banca restano ${balance} giornate e le richieste con priorità maggiore (art. 7.2–7.3) vengono prima: usa l’assegnazione del mese`, 'days', undefined, { balance });
    const after = await grant(tx, ctx, locked, locked.days, input.reason?.trim() || null);
    await audit(tx, ctx, { action: 'bank.granted', entity: 'bank_request', entityId: id, after: { days: locked.days } });
    return requestOut(after, await loadEmployee(tx, ctx, r.employeeId));
  });
}

/** Art. 7.8 — the director distributes the bank among all waiting requests, by priority and then time. */
export async function allocate(ctx: Ctx, directorateId: string, month: string) {
  return transaction(ctx, async (tx) => {
    if (!isDirectorOf(ctx.actor, await positionsOf(tx, ctx), directorateId)) throw forbidden('Assegna le giornate della Banca il Direttore della Direzione (art. 7.8)');
    const bank = await repo.lockBank(tx, ctx.organizationId, directorateId, month);
    const pending = (await pendingOf(tx, ctx, directorateId, month)).filter((p) => p.row.employeeId !== ctx.actor.employeeId);
    const plan = allocateBank(bank.released - bank.granted, pending);
    for (const g of plan.grants) {
      const row = pending.find((p) => p.id === g.id)!.row;
      await grant(tx, ctx, row, g.days, g.days > 0 ? null : 'Giornate della Banca esaurite per il mese (art. 7.8)');
    }
    await auditMany(tx, ctx, plan.grants.map((g) => ({ action: g.days > 0 ? 'bank.granted' : 'bank.refused', entity: 'bank_request', entityId: g.id, after: { days: g.days } })));
    return { month, balance: plan.balance, grants: plan.grants };
  });
}

/**
 * Art. 7.8 — when the organization switches it on, from the configured day of the month the days
 * still unrequested go to each directorate's bank, once a month.
 */
export async function autoRelease(tx: Db, ctx: Ctx): Promise<number> {
  const { regulation } = await regulationFor(tx, ctx.organizationId);
  const today = ctx.clock.today();
  if (regulation.bankAutoReleaseDay === null || Number(today.slice(8, 10)) < regulation.bankAutoReleaseDay) return 0;
  const month = monthOf(today);
  let total = 0;
  for (const directorateId of await repo.directorateIds(tx, ctx.organizationId)) {
    const bank = await repo.lockBank(tx, ctx.organizationId, directorateId, month);
    if (bank.autoReleasedAt) continue;
    const quotas = (await allQuotas(tx, ctx, month, directorateId)).filter((q) => q.remaining > 0);
    await repo.insertReleases(tx, ctx.organizationId, quotas.map((q) => ({ employeeId: q.employeeId, directorateId, month, days: q.remaining, automatic: true, releasedAt: ctx.clock.now() })));
    const days = quotas.reduce((s, q) => s + q.remaining, 0);
    await repo.addReleased(tx, ctx.organizationId, directorateId, month, days);
    await repo.markAutoReleased(tx, ctx.organizationId, directorateId, month, ctx.clock.now());
    await audit(tx, ctx, { action: 'bank.auto_released', entity: 'day_bank', entityId: `${directorateId}:${month}`, after: { days, employees: quotas.length } });
    total += days;
  }
  return total;
}
