import { and, asc, count, eq, getTableColumns, inArray, isNull, like, sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Db } from '../../../platform/db/engine.js';
import { directorates, employeeUnitAssignments, employees, units } from '../../../db/schema/index.js';
import { fold, searchTextOf, type EmployeeData } from '../domain/employee.js';
import type { EmployeeOut } from '../../../contracts/organization.js';

export type EmployeeRow = typeof employees.$inferSelect;

const { searchText: _s, createdAt: _c, updatedAt: _u, ...shown } = getTableColumns(employees);
const selection = {
  e: shown,
  unitName: units.name,
  directorateId: units.directorateId,
  directorateName: directorates.name,
};

function toOut(r: { e: Omit<EmployeeRow, 'searchText' | 'createdAt' | 'updatedAt'>; unitName: string; directorateId: string; directorateName: string }): EmployeeOut {
  const e = r.e;
  return {
    id: e.id,
    matricola: e.matricola,
    firstName: e.firstName,
    lastName: e.lastName,
    email: e.email,
    unitId: e.unitId,
    unitName: r.unitName,
    directorateId: r.directorateId,
    directorateName: r.directorateName,
    role: e.role as EmployeeOut['role'],
    contract: {
      type: e.contractType as EmployeeOut['contract']['type'],
      start: e.contractStart,
      end: e.contractEnd,
      probationEnd: e.probationEnd,
    },
    workPattern: {
      type: e.workPatternType as EmployeeOut['workPattern']['type'],
      percent: e.partTimePercent,
      weekdays: e.weekdays ?? null,
      fullTimeMonths: e.fullTimeMonths ?? null,
    },
    commute: { homeMunicipality: e.homeMunicipality, km: Number(e.commuteKm), mode: e.commuteMode as EmployeeOut['commute']['mode'] },
  };
}

export function toRow(organizationId: string, d: EmployeeData) {
  return {
    organizationId,
    matricola: d.matricola,
    firstName: d.firstName,
    lastName: d.lastName,
    email: d.email,
    unitId: d.unitId,
    role: d.role,
    contractType: d.contract.type,
    contractStart: d.contract.start,
    contractEnd: d.contract.end ?? null,
    probationEnd: d.contract.probationEnd ?? null,
    workPatternType: d.workPattern.type,
    partTimePercent: d.workPattern.type === 'part_time_horizontal' ? (d.workPattern.percent ?? null) : null,
    weekdays: d.workPattern.type === 'part_time_vertical' ? [...(d.workPattern.weekdays ?? [])].sort() : null,
    fullTimeMonths: d.workPattern.type === 'part_time_cyclic' ? [...(d.workPattern.fullTimeMonths ?? [])].sort((a, b) => a - b) : null,
    homeMunicipality: d.commute.homeMunicipality,
    commuteKm: d.commute.km,
    commuteMode: d.commute.mode,
    searchText: searchTextOf(d),
  };
}

/** The stored employee as domain data (the inverse of toRow). */
export function toData(out: EmployeeOut): EmployeeData {
  return {
    matricola: out.matricola,
    firstName: out.firstName,
    lastName: out.lastName,
    email: out.email,
    unitId: out.unitId,
    role: out.role,
    contract: out.contract,
    workPattern: out.workPattern,
    commute: out.commute,
  };
}

export interface EmployeeFilter {
  q?: string;
  directorateId?: string;
  unitId?: string;
  /** Scope limits set by authorization. */
  onlyUnitIds?: string[];
  onlyEmployeeId?: string;
}

function where(organizationId: string, f: EmployeeFilter): SQL | undefined {
  const parts: (SQL | undefined)[] = [eq(employees.organizationId, organizationId)];
  if (f.unitId) parts.push(eq(employees.unitId, f.unitId));
  if (f.directorateId) parts.push(eq(units.directorateId, f.directorateId));
  if (f.onlyUnitIds) parts.push(f.onlyUnitIds.length ? inArray(employees.unitId, f.onlyUnitIds) : sql`false`);
  if (f.onlyEmployeeId) parts.push(eq(employees.id, f.onlyEmployeeId));
  for (const token of fold(f.q ?? '').split(' ').filter(Boolean).slice(0, 5)) {
    parts.push(like(employees.searchText, `%${token.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
  }
  return and(...parts);
}

function joined(db: Db) {
  return db
    .select(selection)
    .from(employees)
    .innerJoin(units, and(eq(units.organizationId, employees.organizationId), eq(units.id, employees.unitId)))
    .innerJoin(directorates, and(eq(directorates.organizationId, units.organizationId), eq(directorates.id, units.directorateId)));
}

export async function listEmployees(db: Db, organizationId: string, f: EmployeeFilter, page: number, pageSize: number) {
  const condition = where(organizationId, f);
  const [rows, [total]] = await Promise.all([
    joined(db)
      .where(condition)
      .orderBy(asc(employees.lastName), asc(employees.firstName), asc(employees.matricola))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    // The count joins units only when a directorate filter needs it.
    f.directorateId
      ? db.select({ n: count() }).from(employees).innerJoin(units, and(eq(units.organizationId, employees.organizationId), eq(units.id, employees.unitId))).where(condition)
      : db.select({ n: count() }).from(employees).where(condition),
  ]);
  return { items: rows.map(toOut), total: Number(total?.n ?? 0) };
}

export async function getEmployee(db: Db, organizationId: string, id: string): Promise<EmployeeOut | null> {
  const [row] = await joined(db).where(and(eq(employees.organizationId, organizationId), eq(employees.id, id)));
  return row ? toOut(row) : null;
}

export async function findIdsByMatricola(db: Db, organizationId: string, matricole: string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (let i = 0; i < matricole.length; i += 1000) {
    const rows = await db
      .select({ id: employees.id, matricola: employees.matricola })
      .from(employees)
      .where(and(eq(employees.organizationId, organizationId), inArray(employees.matricola, matricole.slice(i, i + 1000))));
    for (const r of rows) found.set(r.matricola, r.id);
  }
  return found;
}

export async function insertEmployee(db: Db, organizationId: string, d: EmployeeData): Promise<string> {
  const [row] = await db.insert(employees).values(toRow(organizationId, d)).returning({ id: employees.id });
  return row!.id;
}

/**
 * Many employees in few statements: one array per column through unnest, which costs far less
 * than building thousands of bound parameters (imports and the demo write 14,000 at a time).
 */
export async function insertEmployees(db: Db, organizationId: string, list: EmployeeData[]): Promise<{ id: string; matricola: string }[]> {
  const out: { id: string; matricola: string }[] = [];
  for (let i = 0; i < list.length; i += 5000) {
    const rows = list.slice(i, i + 5000).map((d) => toRow(organizationId, d));
    const col = <T>(f: (r: (typeof rows)[number]) => T) => sql.param(rows.map(f));
    const json = (v: unknown) => (v == null ? null : JSON.stringify(v));
    out.push(
      ...(await rowsOf<{ id: string; matricola: string }>(db, sql`
        INSERT INTO employees (organization_id, matricola, first_name, last_name, email, unit_id, role, contract_type, contract_start, contract_end,
          probation_end, work_pattern_type, part_time_percent, weekdays, full_time_months, home_municipality, commute_km, commute_mode, search_text)
        SELECT ${organizationId}::uuid, * FROM unnest(${col((r) => r.matricola)}::text[], ${col((r) => r.firstName)}::text[], ${col((r) => r.lastName)}::text[],
          ${col((r) => r.email)}::text[], ${col((r) => r.unitId)}::uuid[], ${col((r) => r.role)}::text[], ${col((r) => r.contractType)}::text[],
          ${col((r) => r.contractStart)}::date[], ${col((r) => r.contractEnd)}::date[], ${col((r) => r.probationEnd)}::date[], ${col((r) => r.workPatternType)}::text[],
          ${col((r) => r.partTimePercent)}::smallint[], ${col((r) => json(r.weekdays))}::jsonb[], ${col((r) => json(r.fullTimeMonths))}::jsonb[],
          ${col((r) => r.homeMunicipality)}::text[], ${col((r) => r.commuteKm)}::numeric[], ${col((r) => r.commuteMode)}::text[], ${col((r) => r.searchText)}::text[])
        RETURNING id, matricola`)),
    );
  }
  return out;
}

export async function updateEmployee(db: Db, organizationId: string, id: string, d: EmployeeData, now: Date): Promise<void> {
  await db
    .update(employees)
    .set({ ...toRow(organizationId, d), updatedAt: now })
    .where(and(eq(employees.organizationId, organizationId), eq(employees.id, id)));
}

export async function openAssignment(db: Db, organizationId: string, employeeId: string, unitId: string, directorateId: string, from: string) {
  await db.insert(employeeUnitAssignments).values({ organizationId, employeeId, unitId, directorateId, validFrom: from });
}

export async function openAssignments(db: Db, organizationId: string, rows: { employeeId: string; unitId: string; directorateId: string; from: string }[]) {
  for (let i = 0; i < rows.length; i += 5000) {
    const part = rows.slice(i, i + 5000);
    await db.execute(sql`
      INSERT INTO employee_unit_assignments (organization_id, employee_id, unit_id, directorate_id, valid_from)
      SELECT ${organizationId}::uuid, * FROM unnest(${sql.param(part.map((r) => r.employeeId))}::uuid[], ${sql.param(part.map((r) => r.unitId))}::uuid[],
        ${sql.param(part.map((r) => r.directorateId))}::uuid[], ${sql.param(part.map((r) => r.from))}::date[])`);
  }
}

/** Closes the open assignment the day before `from`, or drops it when it started that same day. */
export async function closeAssignment(db: Db, organizationId: string, employeeId: string, from: string) {
  const open = and(
    eq(employeeUnitAssignments.organizationId, organizationId),
    eq(employeeUnitAssignments.employeeId, employeeId),
    isNull(employeeUnitAssignments.validTo),
  );
  await db.delete(employeeUnitAssignments).where(and(open, eq(employeeUnitAssignments.validFrom, from)));
  await db
    .update(employeeUnitAssignments)
    .set({ validTo: sql`(${from}::date - 1)` })
    .where(open);
}

export async function unitHistory(db: Db, organizationId: string, employeeId: string) {
  return db
    .select({
      unitId: employeeUnitAssignments.unitId,
      unitName: units.name,
      directorateId: employeeUnitAssignments.directorateId,
      directorateName: directorates.name,
      from: employeeUnitAssignments.validFrom,
      to: employeeUnitAssignments.validTo,
    })
    .from(employeeUnitAssignments)
    .innerJoin(units, and(eq(units.organizationId, employeeUnitAssignments.organizationId), eq(units.id, employeeUnitAssignments.unitId)))
    .innerJoin(
      directorates,
      and(eq(directorates.organizationId, employeeUnitAssignments.organizationId), eq(directorates.id, employeeUnitAssignments.directorateId)),
    )
    .where(and(eq(employeeUnitAssignments.organizationId, organizationId), eq(employeeUnitAssignments.employeeId, employeeId)))
    .orderBy(asc(employeeUnitAssignments.validFrom));
}

export async function employeeIdsInUnits(db: Db, organizationId: string, unitIds: string[]): Promise<string[]> {
  if (!unitIds.length) return [];
  const rows = await db.select({ id: employees.id }).from(employees).where(and(eq(employees.organizationId, organizationId), inArray(employees.unitId, unitIds)));
  return rows.map((r) => r.id);
}

/** Refreshes the planner's statistics after a bulk change (PGlite has no autovacuum to do it). */
export async function analyzeEmployees(db: Db): Promise<void> {
  await db.execute(sql`ANALYZE employees, employee_unit_assignments`);
}

/** Everyone with their unit and directorate, for bulk work (demo data, reports). */
export async function roster(db: Db, organizationId: string) {
  return db
    .select({ id: employees.id, matricola: employees.matricola, role: employees.role, unitId: employees.unitId, directorateId: units.directorateId, directorateCode: directorates.code, contractType: employees.contractType, probationEnd: employees.probationEnd, contractEnd: employees.contractEnd })
    .from(employees)
    .innerJoin(units, and(eq(units.organizationId, employees.organizationId), eq(units.id, employees.unitId)))
    .innerJoin(directorates, and(eq(directorates.organizationId, units.organizationId), eq(directorates.id, units.directorateId)))
    .where(eq(employees.organizationId, organizationId))
    .orderBy(asc(employees.matricola));
}
