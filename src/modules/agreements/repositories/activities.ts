import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../../../platform/db/engine.js';
import { activities, employeeActivities } from '../../../db/schema/index.js';

export type ActivityRow = typeof activities.$inferSelect;

export async function listActivities(db: Db, organizationId: string, f: { year: number; unitId?: string; unitIds?: string[] }) {
  const parts = [eq(activities.organizationId, organizationId), eq(activities.year, f.year)];
  if (f.unitId) parts.push(eq(activities.unitId, f.unitId));
  if (f.unitIds) parts.push(f.unitIds.length ? inArray(activities.unitId, f.unitIds) : sql`false`);
  return db.select().from(activities).where(and(...parts)).orderBy(asc(activities.name));
}

export async function getActivity(db: Db, organizationId: string, id: string): Promise<ActivityRow | null> {
  const [row] = await db.select().from(activities).where(and(eq(activities.organizationId, organizationId), eq(activities.id, id)));
  return row ?? null;
}

export async function getActivities(db: Db, organizationId: string, ids: string[]): Promise<ActivityRow[]> {
  if (!ids.length) return [];
  return db.select().from(activities).where(and(eq(activities.organizationId, organizationId), inArray(activities.id, ids)));
}

export type ActivityValues = Omit<ActivityRow, 'organizationId' | 'id' | 'createdAt' | 'updatedAt'>;

export async function insertActivity(db: Db, organizationId: string, v: ActivityValues) {
  const [row] = await db.insert(activities).values({ organizationId, ...v }).returning();
  return row!;
}

export async function updateActivity(db: Db, organizationId: string, id: string, v: Partial<ActivityValues>, now: Date) {
  const [row] = await db.update(activities).set({ ...v, updatedAt: now }).where(and(eq(activities.organizationId, organizationId), eq(activities.id, id))).returning();
  return row!;
}

/** An employee's activities of one year, with each one's share and remotability. */
export async function employeeActivitiesOf(db: Db, organizationId: string, employeeId: string, year: number) {
  return db
    .select({ activityId: activities.id, name: activities.name, unitId: activities.unitId, share: employeeActivities.share, remotable: activities.remotable })
    .from(employeeActivities)
    .innerJoin(activities, and(eq(activities.organizationId, employeeActivities.organizationId), eq(activities.id, employeeActivities.activityId)))
    .where(and(eq(employeeActivities.organizationId, organizationId), eq(employeeActivities.employeeId, employeeId), eq(activities.year, year)))
    .orderBy(asc(activities.name));
}

export async function replaceEmployeeActivities(db: Db, organizationId: string, employeeId: string, year: number, shares: { activityId: string; share: number }[]) {
  await db.execute(sql`
    DELETE FROM employee_activities ea USING activities a
    WHERE ea.organization_id = ${organizationId} AND ea.employee_id = ${employeeId}
      AND a.organization_id = ea.organization_id AND a.id = ea.activity_id AND a.year = ${year}`);
  if (shares.length) await db.insert(employeeActivities).values(shares.map((s) => ({ organizationId, employeeId, activityId: s.activityId, share: s.share })));
}

export async function yearsWithActivities(db: Db, organizationId: string): Promise<number[]> {
  const rows = await rowsOf<{ year: number }>(db, sql`SELECT DISTINCT year FROM activities WHERE organization_id = ${organizationId} ORDER BY year`);
  return rows.map((r) => Number(r.year));
}

/** POLA "aggiornamento annuale": copies a year's catalogue and assignments into a new year, in SQL. */
export async function copyYear(db: Db, organizationId: string, from: number, to: number): Promise<{ activities: number; assignments: number }> {
  const copied = await rowsOf<{ old_id: string; new_id: string }>(db, sql`
    WITH source AS (
      SELECT a.*, gen_random_uuid() AS new_id FROM activities a WHERE a.organization_id = ${organizationId} AND a.year = ${from}
    ), inserted AS (
      INSERT INTO activities (organization_id, id, unit_id, year, name, description, characteristics, exclusions, override_remotable, override_reason, remotable)
      SELECT organization_id, new_id, unit_id, ${to}, name, description, characteristics, exclusions, override_remotable, override_reason, remotable FROM source
      RETURNING id
    )
    SELECT s.id AS old_id, s.new_id FROM source s`);
  if (!copied.length) return { activities: 0, assignments: 0 };
  const assignments = await rowsOf<{ n: number }>(db, sql`
    WITH mapping AS (
      SELECT * FROM jsonb_to_recordset(${JSON.stringify(copied)}::jsonb) AS m(old_id uuid, new_id uuid)
    ), inserted AS (
      INSERT INTO employee_activities (organization_id, employee_id, activity_id, share)
      SELECT ea.organization_id, ea.employee_id, m.new_id, ea.share
      FROM employee_activities ea JOIN mapping m ON m.old_id = ea.activity_id
      WHERE ea.organization_id = ${organizationId}
      RETURNING 1
    )
    SELECT count(*)::int AS n FROM inserted`);
  return { activities: copied.length, assignments: Number(assignments[0]?.n ?? 0) };
}

/**
 * Tabella B counts in one pass: employees per directorate, and those whose remotable share in
 * `year` is above 0.
 */
export async function contingentCounts(db: Db, organizationId: string, year: number) {
  return rowsOf<{ directorate_id: string; code: string; name: string; employees: number; potential: number }>(db, sql`
    WITH remotable AS (
      SELECT ea.employee_id
      FROM employee_activities ea
      JOIN activities a ON a.organization_id = ea.organization_id AND a.id = ea.activity_id
      WHERE ea.organization_id = ${organizationId} AND a.year = ${year} AND a.remotable
      GROUP BY ea.employee_id
    )
    SELECT d.id AS directorate_id, d.code, d.name,
      count(e.id)::int AS employees,
      count(r.employee_id)::int AS potential
    FROM directorates d
    LEFT JOIN units u ON u.organization_id = d.organization_id AND u.directorate_id = d.id
    LEFT JOIN employees e ON e.organization_id = u.organization_id AND e.unit_id = u.id
    LEFT JOIN remotable r ON r.employee_id = e.id
    WHERE d.organization_id = ${organizationId}
    GROUP BY d.id, d.code, d.name
    ORDER BY d.code`);
}

export async function insertActivities(db: Db, organizationId: string, list: ActivityValues[]) {
  const out: ActivityRow[] = [];
  for (let i = 0; i < list.length; i += 500) out.push(...(await db.insert(activities).values(list.slice(i, i + 500).map((v) => ({ organizationId, ...v }))).returning()));
  return out;
}

export async function insertEmployeeActivities(db: Db, organizationId: string, rows: { employeeId: string; activityId: string; share: number }[]) {
  for (let i = 0; i < rows.length; i += 1000) await db.insert(employeeActivities).values(rows.slice(i, i + 1000).map((r) => ({ organizationId, ...r })));
}
