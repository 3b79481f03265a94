import { and, asc, eq, ilike, isNull, or, sql, type SQL } from 'drizzle-orm';
import { employees, equipment, equipmentAssignments, ownDevices } from '../../../db/schema/index.js';
import { rowsOf, type Db } from '../../../platform/db/engine.js';

export type EquipmentRow = typeof equipment.$inferSelect;
export type AssignmentRow = typeof equipmentAssignments.$inferSelect;

export async function insertEquipment(db: Db, organizationId: string, v: Omit<EquipmentRow, 'organizationId' | 'id' | 'createdAt' | 'updatedAt'>) {
  const [row] = await db.insert(equipment).values({ organizationId, ...v }).returning();
  return row!;
}

export async function getEquipment(db: Db, organizationId: string, id: string, forUpdate = false) {
  const q = db.select().from(equipment).where(and(eq(equipment.organizationId, organizationId), eq(equipment.id, id)));
  const [row] = forUpdate ? await q.for('update') : await q;
  return row ?? null;
}

export async function updateEquipment(db: Db, organizationId: string, id: string, v: Partial<EquipmentRow>, now: Date) {
  const [row] = await db.update(equipment).set({ ...v, updatedAt: now }).where(and(eq(equipment.organizationId, organizationId), eq(equipment.id, id))).returning();
  return row!;
}

export async function findByAssetTag(db: Db, organizationId: string, assetTag: string) {
  const [row] = await db.select().from(equipment).where(and(eq(equipment.organizationId, organizationId), eq(equipment.assetTag, assetTag)));
  return row ?? null;
}

/** The register with each item's live assignment. */
export async function listEquipment(db: Db, organizationId: string, f: { type?: string; state?: string; employeeId?: string; q?: string; id?: string }, limit = 500) {
  const parts: SQL[] = [eq(equipment.organizationId, organizationId)];
  if (f.id) parts.push(eq(equipment.id, f.id));
  if (f.type) parts.push(eq(equipment.type, f.type));
  if (f.state) parts.push(eq(equipment.state, f.state));
  if (f.employeeId) parts.push(eq(equipmentAssignments.employeeId, f.employeeId));
  if (f.q) parts.push(or(ilike(equipment.assetTag, `%${f.q}%`), ilike(equipment.model, `%${f.q}%`), ilike(equipment.serial, `%${f.q}%`))!);
  return db
    .select({ e: equipment, a: equipmentAssignments, firstName: employees.firstName, lastName: employees.lastName })
    .from(equipment)
    .leftJoin(equipmentAssignments, and(eq(equipmentAssignments.organizationId, equipment.organizationId), eq(equipmentAssignments.equipmentId, equipment.id), isNull(equipmentAssignments.returnedOn)))
    .leftJoin(employees, and(eq(employees.organizationId, equipmentAssignments.organizationId), eq(employees.id, equipmentAssignments.employeeId)))
    .where(and(...parts))
    .orderBy(asc(equipment.type), asc(equipment.assetTag))
    .limit(limit);
}

export async function insertAssignment(db: Db, organizationId: string, v: Omit<AssignmentRow, 'organizationId' | 'id' | 'returnedOn' | 'acknowledgedAt'>) {
  const [row] = await db.insert(equipmentAssignments).values({ organizationId, ...v }).returning();
  return row!;
}

export async function getAssignment(db: Db, organizationId: string, id: string) {
  const [row] = await db.select().from(equipmentAssignments).where(and(eq(equipmentAssignments.organizationId, organizationId), eq(equipmentAssignments.id, id)));
  return row ?? null;
}

export async function liveAssignmentOf(db: Db, organizationId: string, equipmentId: string) {
  const [row] = await db
    .select()
    .from(equipmentAssignments)
    .where(and(eq(equipmentAssignments.organizationId, organizationId), eq(equipmentAssignments.equipmentId, equipmentId), isNull(equipmentAssignments.returnedOn)));
  return row ?? null;
}

export async function updateAssignment(db: Db, organizationId: string, id: string, v: Partial<AssignmentRow>) {
  const [row] = await db.update(equipmentAssignments).set(v).where(and(eq(equipmentAssignments.organizationId, organizationId), eq(equipmentAssignments.id, id))).returning();
  return row!;
}

export async function getOwnDevices(db: Db, organizationId: string, employeeId: string) {
  const [row] = await db.select().from(ownDevices).where(and(eq(ownDevices.organizationId, organizationId), eq(ownDevices.employeeId, employeeId)));
  return row ?? null;
}

export async function upsertOwnDevices(db: Db, organizationId: string, v: Omit<typeof ownDevices.$inferInsert, 'organizationId'>) {
  const [row] = await db
    .insert(ownDevices)
    .values({ organizationId, ...v })
    .onConflictDoUpdate({ target: [ownDevices.organizationId, ownDevices.employeeId], set: { usesOwnDevices: v.usesOwnDevices, devices: v.devices, policyAcknowledgedAt: v.policyAcknowledgedAt, updatedAt: v.updatedAt } })
    .returning();
  return row!;
}

/** Tabella J 6.1, (A) — agile workers today, with a laptop and a phone, with own devices; licences; the register by type and state. */
export async function equipmentFigures(db: Db, organizationId: string, today: string) {
  const [agile] = await rowsOf<{ agile: number; laptop_and_phone: number; own: number; vdi: number }>(
    db,
    sql`WITH agile AS (
          SELECT DISTINCT employee_id FROM agreements WHERE organization_id = ${organizationId} AND start_date IS NOT NULL AND start_date <= ${today} AND end_date >= ${today}
            AND status NOT IN ('draft','awaiting_signatures') AND (termination_date IS NULL OR termination_date > ${today})),
        held AS (
          SELECT a.employee_id, e.type FROM equipment_assignments a JOIN equipment e ON e.organization_id = a.organization_id AND e.id = a.equipment_id
          WHERE a.organization_id = ${organizationId} AND a.returned_on IS NULL)
        SELECT (SELECT count(*)::int FROM agile) AS agile,
               (SELECT count(*)::int FROM agile g WHERE EXISTS (SELECT 1 FROM held h WHERE h.employee_id = g.employee_id AND h.type = 'laptop')
                                                   AND EXISTS (SELECT 1 FROM held h WHERE h.employee_id = g.employee_id AND h.type = 'smartphone')) AS laptop_and_phone,
               (SELECT count(*)::int FROM agile g JOIN own_devices o ON o.organization_id = ${organizationId} AND o.employee_id = g.employee_id AND o.uses_own_devices) AS own,
               (SELECT count(*)::int FROM held WHERE type = 'vdi_licence') AS vdi`,
  );
  const byType = await rowsOf<{ type: string; state: string; n: number }>(
    db,
    sql`SELECT type, state, count(*)::int AS n FROM equipment WHERE organization_id = ${organizationId} GROUP BY type, state`,
  );
  return { ...agile!, byType };
}
