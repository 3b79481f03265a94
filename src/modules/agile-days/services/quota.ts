import type { Ctx } from '../../../platform/context.js';
import type { Db } from '../../../platform/db/engine.js';
import { firstOfMonth, lastOfMonth, monthOf } from '../../../platform/dates.js';
import { forbidden } from '../../../platform/errors.js';
import type { WorkPattern } from '../../organization/domain/employee.js';
import { loadEmployee } from '../../organization/services/employees.js';
import { assertCanSeeEmployee } from '../../organization/services/scope.js';
import { hasRole } from '../../../platform/actor.js';
import { baseQuota, monthlyQuota, type MonthlyQuota } from '../domain/quota.js';
import * as repo from '../repositories/days.js';

export const patternOf = (r: Pick<repo.QuotaRow, 'work_pattern_type' | 'weekdays' | 'full_time_months'>): WorkPattern =>
  ({ type: r.work_pattern_type, weekdays: r.weekdays ?? undefined, fullTimeMonths: r.full_time_months ?? undefined }) as WorkPattern;

/** Art. 7 — one row of parts into the month's quota: 0 without an agreement active in the month. */
export function quotaOf(row: repo.QuotaRow, month: string): MonthlyQuota & { month: string } {
  const base = row.agreement_quota === null ? 0 : baseQuota(row.agreement_quota, patternOf(row), month);
  const active = row.agreement_quota !== null;
  const q = monthlyQuota(
    { base, extensions: active ? row.extensions : 0, bank: active ? row.bank : 0, recovered: row.recovered, released: row.released },
    { used: row.used, pending: row.pending },
  );
  return { month, ...q };
}

/** The quota of one employee for a month, inside the caller's transaction. */
export async function quotaIn(db: Db, ctx: Ctx, employeeId: string, month: string) {
  const [row] = await repo.quotaRows(db, ctx.organizationId, month, { employeeId });
  const periods = await repo.continuousPeriods(db, ctx.organizationId, employeeId, firstOfMonth(month), lastOfMonth(month));
  const q = row ? quotaOf(row, month) : quotaOf({ employee_id: employeeId, directorate_id: '', work_pattern_type: 'full_time', weekdays: null, full_time_months: null, agreement_quota: null, extensions: 0, bank: 0, released: 0, used: 0, pending: 0, recovered: 0 }, month);
  return { ...q, continuousPeriods: periods };
}

export async function employeeQuota(ctx: Ctx, employeeId: string, month = monthOf(ctx.clock.today())) {
  const db = ctx.engine.db;
  await assertCanSeeEmployee(db, ctx, await loadEmployee(db, ctx, employeeId));
  return quotaIn(db, ctx, employeeId, month);
}

/** Everybody's quota for a month (HR's report, the automatic bank release, the benchmark). */
export async function allQuotas(db: Db, ctx: Pick<Ctx, 'organizationId'>, month: string, directorateId?: string) {
  const rows = await repo.quotaRows(db, ctx.organizationId, month, { directorateId });
  return rows.map((r) => ({ employeeId: r.employee_id, directorateId: r.directorate_id, hasAgreement: r.agreement_quota !== null, ...quotaOf(r, month) }));
}

export async function quotasReport(ctx: Ctx, month = monthOf(ctx.clock.today()), directorateId?: string) {
  if (!hasRole(ctx.actor, 'hr', 'evaluator', 'admin')) throw forbidden('Il riepilogo dei contingenti è delle Risorse umane e dell’OIV');
  const quotas = await allQuotas(ctx.engine.db, ctx, month, directorateId);
  const sum = (f: (q: (typeof quotas)[number]) => number) => quotas.reduce((s, q) => s + f(q), 0);
  return {
    month,
    employees: quotas.length,
    withAgreement: quotas.filter((q) => q.hasAgreement).length,
    totals: { total: sum((q) => q.total), used: sum((q) => q.used), pending: sum((q) => q.pending), remaining: sum((q) => q.remaining), released: sum((q) => q.released) },
  };
}
