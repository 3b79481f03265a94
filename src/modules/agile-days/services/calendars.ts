import { hasRole } from '../../../platform/actor.js';
import { audit } from '../../../platform/audit.js';
import { romeTimeOf } from '../../../platform/clock.js';
import { isWorkingDay } from '../../../platform/calendar.js';
import { transaction, type Ctx } from '../../../platform/context.js';
import { addDays, daysBetween, firstOfMonth, lastOfMonth, monthOf } from '../../../platform/dates.js';
import type { Db } from '../../../platform/db/engine.js';
import { forbidden } from '../../../platform/errors.js';
import { coversDate } from '../../agreements/domain/agreement.js';
import { isDirectorOf, isManagerOf } from '../../agreements/policy.js';
import { datesOf } from '../../agreements/services/statuses.js';
import { loadEmployee } from '../../organization/services/employees.js';
import { assertCanSeeEmployee, positionsOf } from '../../organization/services/scope.js';
import { regulationFor } from '../../organization/services/settings.js';
import { findUnit } from '../../organization/services/structure.js';
import { isEmployeeWorkingDay } from '../domain/day-request.js';
import * as bankRepo from '../repositories/bank.js';
import * as repo from '../repositories/days.js';
import { assertDirectorOrHr } from './access.js';
import { dayOut } from './days.js';
import { quotaIn } from './quota.js';

export function datesOfMonth(month: string): string[] {
  const out: string[] = [];
  for (let d = firstOfMonth(month); d <= lastOfMonth(month); d = addDays(d, 1)) out.push(d);
  return out;
}

/**
 * "Il mio mese": the quota bar, every day with what can be done on it, the co-presence band of
 * the agreement, the working window and the daily hours (art. 7, 10–12).
 */
export async function myMonth(ctx: Ctx, employeeId: string, month = monthOf(ctx.clock.today())) {
  const db = ctx.engine.db;
  const employee = await loadEmployee(db, ctx, employeeId);
  await assertCanSeeEmployee(db, ctx, employee);
  const [{ regulation, patronDay }, quota, agreements, rows, bankRequests, releases] = await Promise.all([
    regulationFor(db, ctx.organizationId),
    quotaIn(db, ctx, employeeId, month),
    repo.agreementsOf(db, ctx.organizationId, employeeId),
    repo.listDays(db, ctx.organizationId, { employeeId, from: firstOfMonth(month), to: lastOfMonth(month) }),
    bankRepo.requestsOf(db, ctx.organizationId, { employeeId, month }),
    bankRepo.releasesOf(db, ctx.organizationId, employeeId, month),
  ]);
  const today = ctx.clock.today();
  const now = romeTimeOf(ctx.clock.now());
  const self = ctx.actor.employeeId === employeeId;
  const agreement = agreements.find((a) => datesOfMonth(month).some((d) => coversDate(datesOf(a), d))) ?? null;
  // The live request of each date wins over older rejected or cancelled ones.
  const byDate = new Map<string, (typeof rows)[number]>();
  for (const r of rows) {
    const seen = byDate.get(r.day.date);
    if (!seen || ['pending', 'approved'].includes(r.day.status) || (!['pending', 'approved'].includes(seen.day.status) && r.day.requestedAt > seen.day.requestedAt)) byDate.set(r.day.date, r);
  }
  const days = datesOfMonth(month).map((date) => {
    const r = byDate.get(date);
    const live = r && ['pending', 'approved'].includes(r.day.status);
    const workingDay = isEmployeeWorkingDay(date, employee.workPattern, patronDay);
    const continuous = quota.continuousPeriods.some((p) => p.from <= date && date <= p.to);
    const covered = agreements.some((a) => coversDate(datesOf(a), date));
    return {
      date, workingDay, holiday: !isWorkingDay(date, patronDay) && ![0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay()), request: r ? dayOut(r.day, r) : null,
      canRequest: self && !live && workingDay && covered && daysBetween(today, date) >= regulation.dayRequestNoticeDays && (continuous || quota.remaining > 0),
      canCancel: self && Boolean(live) && (date > today || (date === today && now < regulation.dayCancellationCutoff)),
      continuous,
    };
  });
  return {
    employeeId, employeeName: `${employee.lastName} ${employee.firstName}`, month, today, quota,
    agreement: agreement ? { id: agreement.id, band: { start: agreement.bandStart, end: agreement.bandEnd }, from: agreement.startDate!, to: agreement.terminationDate ?? agreement.endDate } : null,
    workingWindow: { start: regulation.workingWindowStart, end: regulation.workingWindowEnd },
    dailyMinutes: regulation.dailyMinutes, noticeDays: regulation.dayRequestNoticeDays, cancellationCutoff: regulation.dayCancellationCutoff, days,
    bankRequests: bankRequests.map((b) => ({
      id: b.r.id, employeeId, employeeName: `${b.lastName} ${b.firstName}`, month: b.r.month, days: b.r.days, criterion: b.r.criterion as 'care', status: b.r.status as 'requested',
      grantedDays: b.r.grantedDays, requestedAt: b.r.requestedAt.toISOString(), decision: b.r.decidedAt ? { at: b.r.decidedAt.toISOString(), reason: b.r.decisionReason } : null,
    })),
    releases: releases.map((r) => ({ id: r.id, days: r.days, automatic: r.automatic, at: r.releasedAt.toISOString() })),
  };
}

async function assertUnitReader(db: Db, ctx: Ctx, unit: { id: string; directorateId: string }) {
  if (hasRole(ctx.actor, 'hr')) return;
  const p = await positionsOf(db, ctx);
  if (isManagerOf(ctx.actor, p, unit.id) || isDirectorOf(ctx.actor, p, unit.directorateId)) return;
  throw forbidden('Il calendario dell’unità è del suo dirigente, del Direttore e delle Risorse umane');
}

/** The manager's view: who is agile on which day, the count against the rotation limit, what to decide and verify. */
export async function unitCalendar(ctx: Ctx, unitId: string, month = monthOf(ctx.clock.today())) {
  const db = ctx.engine.db;
  const unit = await findUnit(db, ctx, unitId);
  await assertUnitReader(db, ctx, unit);
  const [{ patronDay }, rows, toVerify] = await Promise.all([
    regulationFor(db, ctx.organizationId),
    repo.listDays(db, ctx.organizationId, { unitId, from: firstOfMonth(month), to: lastOfMonth(month) }),
    repo.listDays(db, ctx.organizationId, { unitId, unverifiedBefore: ctx.clock.today(), from: firstOfMonth(monthOf(addDays(firstOfMonth(month), -1))) }),
  ]);
  const mine = (r: { day: repo.DayRow }) => r.day.employeeId !== ctx.actor.employeeId;
  const limit = unit.maxAgilePerDay ?? null;
  const days = datesOfMonth(month).map((date) => {
    const approved = rows.filter((r) => r.day.date === date && r.day.status === 'approved').length;
    const pending = rows.filter((r) => r.day.date === date && r.day.status === 'pending').length;
    return { date, workingDay: isWorkingDay(date, patronDay), approved, pending, overLimit: limit !== null && approved + pending > limit };
  });
  const people = new Map<string, { employeeId: string; name: string; days: { id: string; date: string; status: 'pending'; explicitApproval: boolean }[] }>();
  for (const r of rows) {
    if (r.day.status === 'cancelled') continue;
    const p = people.get(r.day.employeeId) ?? { employeeId: r.day.employeeId, name: `${r.lastName} ${r.firstName}`, days: [] };
    p.days.push({ id: r.day.id, date: r.day.date, status: r.day.status as 'pending', explicitApproval: r.day.explicitApproval });
    people.set(r.day.employeeId, p);
  }
  return {
    unitId, unitName: unit.name, month, today: ctx.clock.today(), maxAgilePerDay: limit, days,
    people: [...people.values()].sort((a, b) => a.name.localeCompare(b.name, 'it')),
    pending: rows.filter((r) => r.day.status === 'pending' && mine(r)).map((r) => dayOut(r.day, r)),
    toVerify: toVerify.filter(mine).map((r) => dayOut(r.day, r)),
  };
}

/** Art. 7.4 — the director (or HR) sets the most people of a unit agile on the same day. */
export async function setRotation(ctx: Ctx, unitId: string, maxAgilePerDay: number | null) {
  return transaction(ctx, async (tx) => {
    const unit = await findUnit(tx, ctx, unitId);
    await assertDirectorOrHr(tx, ctx, unit.directorateId, 'La rotazione la stabilisce il Direttore della Direzione (art. 7.4)');
    await repo.setUnitLimit(tx, ctx.organizationId, unitId, maxAgilePerDay, ctx.clock.now());
    await audit(tx, ctx, { action: 'unit.rotation', entity: 'unit', entityId: unitId, before: { maxAgilePerDay: unit.maxAgilePerDay ?? null }, after: { maxAgilePerDay } });
    return { unitId, maxAgilePerDay };
  });
}
