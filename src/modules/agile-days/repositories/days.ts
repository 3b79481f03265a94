import { and, asc, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import { agileDays, agreements, employees, extensions, units } from '../../../db/schema/index.js';
import { rowsOf, type Db } from '../../../platform/db/engine.js';
import { firstOfMonth, lastOfMonth } from '../../../platform/dates.js';

export type DayRow = typeof agileDays.$inferSelect;
export type DayValues = Omit<DayRow, 'organizationId' | 'id' | 'updatedAt'>;

/**
 * Serializes the transactions that decide on one key (an employee's month, a unit's day, a bank):
 * a transaction-level advisory lock, released at commit or rollback, on both engines.
 */
export async function lock(tx: Db, key: string): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`);
}

export async function insertDay(db: Db, organizationId: string, v: Partial<DayValues> & Pick<DayValues, 'employeeId' | 'agreementId' | 'unitId' | 'directorateId' | 'date' | 'status' | 'activities' | 'requestedAt'>) {
  const [row] = await db.insert(agileDays).values({ organizationId, exceptional: false, explicitApproval: false, countsAgainstQuota: true, ...v }).returning();
  return row!;
}

export async function getDay(db: Db, organizationId: string, id: string, forUpdate = false): Promise<DayRow | null> {
  const q = db.select().from(agileDays).where(and(eq(agileDays.organizationId, organizationId), eq(agileDays.id, id)));
  const [row] = forUpdate ? await q.for('update') : await q;
  return row ?? null;
}

export async function updateDay(db: Db, organizationId: string, id: string, v: Partial<DayValues>, now: Date) {
  const [row] = await db.update(agileDays).set({ ...v, updatedAt: now }).where(and(eq(agileDays.organizationId, organizationId), eq(agileDays.id, id))).returning();
  return row!;
}

export interface DayFilter {
  employeeId?: string;
  employeeIds?: string[];
  unitId?: string;
  from?: string;
  to?: string;
  statuses?: string[];
  unverifiedBefore?: string;
}

export async function listDays(db: Db, organizationId: string, f: DayFilter, limit = 2000) {
  const parts: SQL[] = [eq(agileDays.organizationId, organizationId)];
  if (f.employeeId) parts.push(eq(agileDays.employeeId, f.employeeId));
  if (f.employeeIds) parts.push(f.employeeIds.length ? inArray(agileDays.employeeId, f.employeeIds) : sql`false`);
  if (f.unitId) parts.push(eq(agileDays.unitId, f.unitId));
  if (f.from) parts.push(gte(agileDays.date, f.from));
  if (f.to) parts.push(lte(agileDays.date, f.to));
  if (f.statuses) parts.push(inArray(agileDays.status, f.statuses));
  if (f.unverifiedBefore) parts.push(sql`${agileDays.date} < ${f.unverifiedBefore} AND ${agileDays.verificationOutcome} IS NULL AND ${agileDays.status} = 'approved'`);
  return db
    .select({ day: agileDays, firstName: employees.firstName, lastName: employees.lastName, matricola: employees.matricola })
    .from(agileDays)
    .innerJoin(employees, and(eq(employees.organizationId, agileDays.organizationId), eq(employees.id, agileDays.employeeId)))
    .where(and(...parts))
    .orderBy(asc(agileDays.date), asc(employees.lastName))
    .limit(limit);
}

/** Art. 7.4 — people of the unit agile (pending or approved) on `date`. */
export async function unitAgileCount(db: Db, organizationId: string, unitId: string, date: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(agileDays)
    .where(and(eq(agileDays.organizationId, organizationId), eq(agileDays.unitId, unitId), eq(agileDays.date, date), inArray(agileDays.status, ['pending', 'approved'])));
  return Number(row?.n ?? 0);
}

export async function setUnitLimit(db: Db, organizationId: string, unitId: string, max: number | null, now: Date) {
  await db.update(units).set({ maxAgilePerDay: max, updatedAt: now }).where(and(eq(units.organizationId, organizationId), eq(units.id, unitId)));
}

export async function hasLiveDay(db: Db, organizationId: string, employeeId: string, date: string): Promise<boolean> {
  const rows = await db
    .select({ id: agileDays.id })
    .from(agileDays)
    .where(and(eq(agileDays.organizationId, organizationId), eq(agileDays.employeeId, employeeId), eq(agileDays.date, date), inArray(agileDays.status, ['pending', 'approved'])))
    .limit(1);
  return rows.length > 0;
}

/** The employee's agreements that ever ran (signed onwards), newest first. */
export async function agreementsOf(db: Db, organizationId: string, employeeId: string) {
  return db
    .select()
    .from(agreements)
    .where(and(eq(agreements.organizationId, organizationId), eq(agreements.employeeId, employeeId), sql`${agreements.startDate} IS NOT NULL`))
    .orderBy(sql`${agreements.startDate} DESC`);
}

/** Art. 7.3 — approved continuous periods of the employee touching [from, to]. */
export async function continuousPeriods(db: Db, organizationId: string, employeeId: string, from: string, to: string) {
  return db
    .select({ from: extensions.fromDate, to: extensions.toDate })
    .from(extensions)
    .where(
      and(
        eq(extensions.organizationId, organizationId),
        eq(extensions.employeeId, employeeId),
        eq(extensions.status, 'approved'),
        eq(extensions.continuous, true),
        lte(extensions.fromDate, to),
        gte(extensions.toDate, from),
      ),
    )
    .orderBy(asc(extensions.fromDate));
}

export interface QuotaRow {
  employee_id: string;
  directorate_id: string;
  work_pattern_type: string;
  weekdays: number[] | null;
  full_time_months: number[] | null;
  agreement_quota: number | null;
  extensions: number;
  bank: number;
  released: number;
  used: number;
  pending: number;
  recovered: number;
}

/**
 * Art. 7 — the parts of the month's quota for one employee, a directorate or everybody, in one
 * statement: the agreement active in the month, extensions, bank grants and releases, and the days.
 */
export async function quotaRows(db: Db, organizationId: string, month: string, f: { employeeId?: string; directorateId?: string } = {}) {
  const first = firstOfMonth(month);
  const last = lastOfMonth(month);
  const emp = f.employeeId ? sql`AND e.id = ${f.employeeId}` : sql``;
  const dir = f.directorateId ? sql`AND u.directorate_id = ${f.directorateId}` : sql``;
  const by = (col: string) => (f.employeeId ? sql`AND ${sql.raw(col)} = ${f.employeeId}` : sql``);
  return rowsOf<QuotaRow>(
    db,
    sql`WITH agr AS (
          SELECT DISTINCT ON (employee_id) employee_id, monthly_quota FROM agreements
          WHERE organization_id = ${organizationId} ${by('employee_id')} AND start_date IS NOT NULL AND start_date <= ${last} AND end_date >= ${first}
            AND (termination_date IS NULL OR termination_date > ${first})
          ORDER BY employee_id, start_date DESC),
        ext AS (
          SELECT employee_id, sum(extra_days_per_month)::int AS n FROM extensions
          WHERE organization_id = ${organizationId} ${by('employee_id')} AND status = 'approved' AND NOT continuous AND from_date <= ${last} AND to_date >= ${first}
          GROUP BY employee_id),
        d AS (
          SELECT employee_id,
                 count(*) FILTER (WHERE status IN ('approved','revoked') AND counts_against_quota)::int AS used,
                 count(*) FILTER (WHERE status = 'pending' AND counts_against_quota)::int AS pending,
                 count(*) FILTER (WHERE status = 'revoked')::int AS recovered
          FROM agile_days WHERE organization_id = ${organizationId} ${by('employee_id')} AND date BETWEEN ${first} AND ${last}
          GROUP BY employee_id),
        b AS (
          SELECT employee_id, sum(granted_days)::int AS n FROM bank_requests
          WHERE organization_id = ${organizationId} ${by('employee_id')} AND month = ${month} AND status = 'granted' GROUP BY employee_id),
        r AS (
          SELECT employee_id, sum(days)::int AS n FROM bank_releases
          WHERE organization_id = ${organizationId} ${by('employee_id')} AND month = ${month} GROUP BY employee_id)
        SELECT e.id AS employee_id, u.directorate_id, e.work_pattern_type, e.weekdays, e.full_time_months,
               agr.monthly_quota AS agreement_quota, coalesce(ext.n, 0) AS extensions, coalesce(b.n, 0) AS bank, coalesce(r.n, 0) AS released,
               coalesce(d.used, 0) AS used, coalesce(d.pending, 0) AS pending, coalesce(d.recovered, 0) AS recovered
        FROM employees e
        JOIN units u ON u.organization_id = e.organization_id AND u.id = e.unit_id
        LEFT JOIN agr ON agr.employee_id = e.id
        LEFT JOIN ext ON ext.employee_id = e.id
        LEFT JOIN d ON d.employee_id = e.id
        LEFT JOIN b ON b.employee_id = e.id
        LEFT JOIN r ON r.employee_id = e.id
        WHERE e.organization_id = ${organizationId} ${emp} ${dir}`,
  );
}

export async function liveDaysOfAgreement(db: Db, organizationId: string, agreementId: string, from: string) {
  return db
    .select()
    .from(agileDays)
    .where(and(eq(agileDays.organizationId, organizationId), eq(agileDays.agreementId, agreementId), gte(agileDays.date, from), inArray(agileDays.status, ['pending', 'approved'])))
    .for('update');
}
