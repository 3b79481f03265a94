import { and, eq, inArray, sql } from 'drizzle-orm';
import { bankReleases, bankRequests, dayBanks, extensions, notifications, units } from '../../../db/schema/index.js';
import { rowsOf, type Db } from '../../../platform/db/engine.js';
import type { DayValues } from './days.js';

/** An agreement that ran (it has a start date), with what the demo needs to plan its days. */
export interface RanAgreementRow {
  id: string;
  employee_id: string;
  first_name: string;
  last_name: string;
  unit_id: string;
  directorate_id: string;
  status: string;
  start_date: string;
  end_date: string;
  termination_kind: string | null;
  termination_date: string | null;
  last_signed_on: string | null;
  monthly_quota: number;
  work_pattern_type: string;
  weekdays: number[] | null;
  full_time_months: number[] | null;
  user_id: string | null;
  username: string | null;
  manager_employee_id: string | null;
  manager_user_id: string | null;
}

/** Agreements with a start date (signed onwards), with the holder's pattern, account and unit manager, in matricola order. */
export async function agreementsThatRan(db: Db, organizationId: string): Promise<RanAgreementRow[]> {
  return rowsOf<RanAgreementRow>(
    db,
    sql`SELECT a.id, a.employee_id, e.first_name, e.last_name, e.unit_id, u.directorate_id, a.status, a.start_date, a.end_date, a.termination_kind, a.termination_date, a.last_signed_on,
               a.monthly_quota, e.work_pattern_type, e.weekdays, e.full_time_months, eu.id AS user_id, eu.username,
               u.manager_employee_id, mu.id AS manager_user_id
        FROM agreements a
        JOIN employees e ON e.organization_id = a.organization_id AND e.id = a.employee_id
        JOIN units u ON u.organization_id = e.organization_id AND u.id = e.unit_id
        LEFT JOIN users eu ON eu.organization_id = a.organization_id AND eu.employee_id = e.id
        LEFT JOIN users mu ON mu.organization_id = a.organization_id AND mu.employee_id = u.manager_employee_id
        WHERE a.organization_id = ${organizationId} AND a.start_date IS NOT NULL
          AND a.status NOT IN ('draft', 'awaiting_signatures')
        ORDER BY e.matricola, a.start_date`,
  );
}

export type DemoDay = DayValues & { id: string };

/** Many days in one statement per 5,000: one array per column through unnest. */
export async function insertDays(db: Db, organizationId: string, days: DemoDay[], now: Date): Promise<number> {
  const ts = (d: Date | null) => (d ? d.toISOString() : null);
  for (let i = 0; i < days.length; i += 5000) {
    const part = days.slice(i, i + 5000);
    const col = <T>(f: (d: DemoDay) => T) => sql.param(part.map(f));
    await db.execute(sql`
      INSERT INTO agile_days (organization_id, id, employee_id, agreement_id, unit_id, directorate_id, date, status, activities, exceptional, reason, explicit_approval,
        counts_against_quota, requested_at, requested_by, decided_at, decided_by, decision_reason, revoked_at, revoked_by, revocation_reason, cancelled_at,
        verification_outcome, verification_note, verified_at, verified_by, updated_at)
      SELECT ${organizationId}::uuid, *, ${now.toISOString()}::timestamptz
      FROM unnest(${col((d) => d.id)}::uuid[], ${col((d) => d.employeeId)}::uuid[], ${col((d) => d.agreementId)}::uuid[], ${col((d) => d.unitId)}::uuid[], ${col((d) => d.directorateId)}::uuid[],
        ${col((d) => d.date)}::date[], ${col((d) => d.status)}::text[], ${col((d) => d.activities)}::text[], ${col((d) => d.exceptional)}::boolean[],
        ${col((d) => d.reason)}::text[], ${col((d) => d.explicitApproval)}::boolean[], ${col((d) => d.countsAgainstQuota)}::boolean[],
        ${col((d) => ts(d.requestedAt))}::timestamptz[], ${col((d) => d.requestedBy)}::uuid[], ${col((d) => ts(d.decidedAt))}::timestamptz[],
        ${col((d) => d.decidedBy)}::uuid[], ${col((d) => d.decisionReason)}::text[], ${col((d) => ts(d.revokedAt))}::timestamptz[], ${col((d) => d.revokedBy)}::uuid[],
        ${col((d) => d.revocationReason)}::text[], ${col((d) => ts(d.cancelledAt))}::timestamptz[], ${col((d) => d.verificationOutcome)}::text[],
        ${col((d) => d.verificationNote)}::text[], ${col((d) => ts(d.verifiedAt))}::timestamptz[], ${col((d) => d.verifiedBy)}::uuid[])`);
  }
  return days.length;
}

export async function insertExtensions(db: Db, organizationId: string, rows: Omit<typeof extensions.$inferInsert, 'organizationId'>[]) {
  if (rows.length) await db.insert(extensions).values(rows.map((r) => ({ organizationId, ...r })));
}

export async function insertBankMonth(
  db: Db,
  organizationId: string,
  banks: Omit<typeof dayBanks.$inferInsert, 'organizationId'>[],
  releases: Omit<typeof bankReleases.$inferInsert, 'organizationId'>[],
  requests: Omit<typeof bankRequests.$inferInsert, 'organizationId'>[],
) {
  if (banks.length) await db.insert(dayBanks).values(banks.map((r) => ({ organizationId, ...r })));
  if (releases.length) await db.insert(bankReleases).values(releases.map((r) => ({ organizationId, ...r })));
  if (requests.length) await db.insert(bankRequests).values(requests.map((r) => ({ organizationId, ...r })));
}

/** Art. 7.4 — the rotation limit of a few units at once. */
export async function setUnitLimits(db: Db, organizationId: string, limits: Map<string, number>, now: Date) {
  const byValue = new Map<number, string[]>();
  for (const [unitId, max] of limits) byValue.set(max, [...(byValue.get(max) ?? []), unitId]);
  for (const [max, ids] of byValue)
    await db.update(units).set({ maxAgilePerDay: max, updatedAt: now }).where(and(eq(units.organizationId, organizationId), inArray(units.id, ids)));
}

/** The demo's notifications in one statement (at most a few hundred). */
export async function insertNotifications(db: Db, organizationId: string, rows: Omit<typeof notifications.$inferInsert, 'organizationId'>[]) {
  if (rows.length) await db.insert(notifications).values(rows.map((r) => ({ organizationId, ...r })));
}
