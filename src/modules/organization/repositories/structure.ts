import { and, asc, eq, sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../../../platform/db/engine.js';
import { directorates, employees, units } from '../../../db/schema/index.js';

export type DirectorateRow = typeof directorates.$inferSelect;
export type UnitRow = typeof units.$inferSelect;

const fullName = (alias: string) => sql.raw(`(SELECT e.last_name || ' ' || e.first_name FROM employees e WHERE e.organization_id = ${alias}.organization_id AND e.id = ${alias}`);

export async function listDirectorates(db: Db, organizationId: string) {
  const rows = await rowsOf<{
    id: string; code: string; name: string; head_employee_id: string | null; head_name: string | null; unit_count: number; employee_count: number;
  }>(db, sql`
    SELECT d.id, d.code, d.name, d.head_employee_id,
      ${fullName('d')}.head_employee_id) AS head_name,
      (SELECT count(*)::int FROM units u WHERE u.organization_id = d.organization_id AND u.directorate_id = d.id) AS unit_count,
      (SELECT count(*)::int FROM employees e JOIN units u ON u.organization_id = e.organization_id AND u.id = e.unit_id
        WHERE u.organization_id = d.organization_id AND u.directorate_id = d.id) AS employee_count
    FROM directorates d WHERE d.organization_id = ${organizationId}
    ORDER BY d.code`);
  return rows.map((r) => ({
    id: r.id, code: r.code, name: r.name, headEmployeeId: r.head_employee_id, headName: r.head_name,
    unitCount: Number(r.unit_count), employeeCount: Number(r.employee_count),
  }));
}

export async function listUnits(db: Db, organizationId: string, directorateId?: string) {
  const rows = await rowsOf<{
    id: string; directorate_id: string; code: string; name: string; manager_employee_id: string | null; manager_name: string | null; employee_count: number;
  }>(db, sql`
    SELECT u.id, u.directorate_id, u.code, u.name, u.manager_employee_id,
      ${fullName('u')}.manager_employee_id) AS manager_name,
      (SELECT count(*)::int FROM employees e WHERE e.organization_id = u.organization_id AND e.unit_id = u.id) AS employee_count
    FROM units u WHERE u.organization_id = ${organizationId}
      ${directorateId ? sql`AND u.directorate_id = ${directorateId}` : sql``}
    ORDER BY u.code`);
  return rows.map((r) => ({
    id: r.id, directorateId: r.directorate_id, code: r.code, name: r.name, managerEmployeeId: r.manager_employee_id,
    managerName: r.manager_name, employeeCount: Number(r.employee_count),
  }));
}

export async function getDirectorate(db: Db, organizationId: string, id: string): Promise<DirectorateRow | null> {
  const [row] = await db.select().from(directorates).where(and(eq(directorates.organizationId, organizationId), eq(directorates.id, id)));
  return row ?? null;
}

export async function getUnit(db: Db, organizationId: string, id: string): Promise<UnitRow | null> {
  const [row] = await db.select().from(units).where(and(eq(units.organizationId, organizationId), eq(units.id, id)));
  return row ?? null;
}

export async function findDirectorateByCode(db: Db, organizationId: string, code: string) {
  const [row] = await db.select().from(directorates).where(and(eq(directorates.organizationId, organizationId), eq(directorates.code, code)));
  return row ?? null;
}

export async function findUnitByCode(db: Db, organizationId: string, code: string) {
  const [row] = await db.select().from(units).where(and(eq(units.organizationId, organizationId), eq(units.code, code)));
  return row ?? null;
}

export async function allUnits(db: Db, organizationId: string): Promise<UnitRow[]> {
  return db.select().from(units).where(eq(units.organizationId, organizationId)).orderBy(asc(units.code));
}

export async function insertDirectorate(db: Db, organizationId: string, v: { code: string; name: string; headEmployeeId?: string | null }) {
  const [row] = await db.insert(directorates).values({ organizationId, code: v.code, name: v.name, headEmployeeId: v.headEmployeeId ?? null }).returning();
  return row!;
}

export async function updateDirectorate(db: Db, organizationId: string, id: string, v: Partial<Pick<DirectorateRow, 'code' | 'name' | 'headEmployeeId'>>, now: Date) {
  const [row] = await db
    .update(directorates)
    .set({ ...v, updatedAt: now })
    .where(and(eq(directorates.organizationId, organizationId), eq(directorates.id, id)))
    .returning();
  return row!;
}

export async function insertUnit(db: Db, organizationId: string, v: { directorateId: string; code: string; name: string; managerEmployeeId?: string | null }) {
  const [row] = await db
    .insert(units)
    .values({ organizationId, directorateId: v.directorateId, code: v.code, name: v.name, managerEmployeeId: v.managerEmployeeId ?? null })
    .returning();
  return row!;
}

export async function updateUnit(db: Db, organizationId: string, id: string, v: Partial<Pick<UnitRow, 'directorateId' | 'code' | 'name' | 'managerEmployeeId'>>, now: Date) {
  const [row] = await db
    .update(units)
    .set({ ...v, updatedAt: now })
    .where(and(eq(units.organizationId, organizationId), eq(units.id, id)))
    .returning();
  return row!;
}

/** Units a manager heads. */
export async function unitIdsManagedBy(db: Db, organizationId: string, employeeId: string): Promise<string[]> {
  const rows = await db.select({ id: units.id }).from(units).where(and(eq(units.organizationId, organizationId), eq(units.managerEmployeeId, employeeId)));
  return rows.map((r) => r.id);
}

/** Units of the directorates a director heads. */
export async function unitIdsDirectedBy(db: Db, organizationId: string, employeeId: string): Promise<string[]> {
  const rows = await db
    .select({ id: units.id })
    .from(units)
    .innerJoin(directorates, and(eq(directorates.organizationId, units.organizationId), eq(directorates.id, units.directorateId)))
    .where(and(eq(units.organizationId, organizationId), eq(directorates.headEmployeeId, employeeId)));
  return rows.map((r) => r.id);
}

export async function employeeExists(db: Db, organizationId: string, id: string): Promise<boolean> {
  const [row] = await db.select({ id: employees.id }).from(employees).where(and(eq(employees.organizationId, organizationId), eq(employees.id, id)));
  return Boolean(row);
}

export async function directorateIdsHeadedBy(db: Db, organizationId: string, employeeId: string): Promise<string[]> {
  const rows = await db.select({ id: directorates.id }).from(directorates).where(and(eq(directorates.organizationId, organizationId), eq(directorates.headEmployeeId, employeeId)));
  return rows.map((r) => r.id);
}
