import { sql } from 'drizzle-orm';
import { sites } from '../../../db/schema/index.js';
import { rowsOf, type Db } from '../../../platform/db/engine.js';

/** An employee with what the workplaces demo needs: where they live, when they work, their directorate. */
export interface DemoPersonRow {
  id: string;
  matricola: string;
  role: string;
  home_municipality: string;
  work_pattern_type: string;
  weekdays: number[] | null;
  full_time_months: number[] | null;
  directorate_id: string;
}

export async function demoPeople(db: Db, organizationId: string): Promise<DemoPersonRow[]> {
  return rowsOf<DemoPersonRow>(
    db,
    sql`SELECT e.id, e.matricola, e.role, e.home_municipality, e.work_pattern_type, e.weekdays, e.full_time_months, u.directorate_id
        FROM employees e JOIN units u ON u.organization_id = e.organization_id AND u.id = e.unit_id
        WHERE e.organization_id = ${organizationId} ORDER BY e.matricola`,
  );
}

/** Holders of an agreement in force on `today`, with the equipment the agreement lists, in matricola order. */
export interface DemoHolderRow {
  employee_id: string;
  start_date: string;
  own_devices: boolean;
  supplied: string[];
}

export async function demoHolders(db: Db, organizationId: string, today: string): Promise<DemoHolderRow[]> {
  return rowsOf<DemoHolderRow>(
    db,
    sql`SELECT h.employee_id, h.start_date, h.own_devices, h.supplied FROM (
          SELECT DISTINCT ON (a.employee_id) a.employee_id, a.start_date::text AS start_date,
                 coalesce((a.equipment->>'ownDevices')::boolean, false) AS own_devices,
                 coalesce(a.equipment->'supplied', '[]'::jsonb) AS supplied
          FROM agreements a
          WHERE a.organization_id = ${organizationId} AND a.start_date IS NOT NULL AND a.start_date <= ${today} AND a.end_date >= ${today}
            AND a.status NOT IN ('draft','awaiting_signatures') AND (a.termination_date IS NULL OR a.termination_date > ${today})
          ORDER BY a.employee_id, a.start_date DESC) h
        JOIN employees e ON e.organization_id = ${organizationId} AND e.id = h.employee_id
        ORDER BY e.matricola`,
  );
}

/** Agile days approved or pending in [from, to], in a fixed order (date, matricola): an approved one may hold a desk outside the premises, either keeps its holder out of the office. */
export async function demoAgileDays(db: Db, organizationId: string, from: string, to: string) {
  return rowsOf<{ id: string; employee_id: string; date: string; status: string }>(
    db,
    sql`SELECT d.id, d.employee_id, d.date::text AS date, d.status FROM agile_days d JOIN employees e ON e.organization_id = d.organization_id AND e.id = d.employee_id
        WHERE d.organization_id = ${organizationId} AND d.date BETWEEN ${from} AND ${to} AND d.status IN ('approved','pending')
        ORDER BY d.date, e.matricola, d.status`,
  );
}

export async function directorateIdsByCode(db: Db, organizationId: string): Promise<Map<string, string>> {
  const rows = await rowsOf<{ id: string; code: string }>(db, sql`SELECT id, code FROM directorates WHERE organization_id = ${organizationId}`);
  return new Map(rows.map((r) => [r.code, r.id]));
}

export type DemoSite = Omit<typeof sites.$inferInsert, 'organizationId' | 'createdAt' | 'updatedAt'> & { id: string };

export async function insertDemoSites(db: Db, organizationId: string, rows: DemoSite[], now: Date) {
  if (rows.length) await db.insert(sites).values(rows.map((r) => ({ organizationId, ...r, createdAt: now, updatedAt: now })));
}

const CHUNK = 5000;

/** Rows in statements of 5,000, one array per column through unnest. */
async function bulk<T>(db: Db, rows: T[], statement: (col: <V>(f: (r: T) => V) => ReturnType<typeof sql.param>) => ReturnType<typeof sql>) {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const part = rows.slice(i, i + CHUNK);
    await db.execute(statement((f) => sql.param(part.map(f))));
  }
}

export interface DemoDesk {
  id: string;
  siteId: string;
  label: string;
  floor: string;
  room: string;
  equipment: string[];
  bookable: boolean;
  checkInCode: string;
}

export async function insertDemoDesks(db: Db, organizationId: string, rows: DemoDesk[], now: Date) {
  await bulk(db, rows, (col) => sql`
    INSERT INTO desks (organization_id, id, site_id, label, floor, room, equipment, bookable, check_in_code, created_at, updated_at)
    SELECT ${organizationId}::uuid, t.id, t.site_id, t.label, t.floor, t.room, t.equipment::jsonb, t.bookable, t.code, ${now.toISOString()}::timestamptz, ${now.toISOString()}::timestamptz
    FROM unnest(${col((d) => d.id)}::uuid[], ${col((d) => d.siteId)}::uuid[], ${col((d) => d.label)}::text[], ${col((d) => d.floor)}::text[], ${col((d) => d.room)}::text[],
      ${col((d) => JSON.stringify(d.equipment))}::text[], ${col((d) => d.bookable)}::boolean[], ${col((d) => d.checkInCode)}::text[])
      AS t(id, site_id, label, floor, room, equipment, bookable, code)`);
}

export interface DemoBooking {
  deskId: string;
  siteId: string;
  employeeId: string;
  date: string;
  status: 'booked' | 'checked_in' | 'cancelled' | 'no_show';
  agileDayId: string | null;
  bookedAt: Date;
  cancelledAt: Date | null;
  cancellationReason: string | null;
  checkedInAt: Date | null;
}

const ts = (d: Date | null) => (d ? d.toISOString() : null);

export async function insertDemoBookings(db: Db, organizationId: string, rows: DemoBooking[]) {
  await bulk(db, rows, (col) => sql`
    INSERT INTO bookings (organization_id, desk_id, site_id, employee_id, date, status, agile_day_id, booked_at, cancelled_at, cancellation_reason, checked_in_at)
    SELECT ${organizationId}::uuid, *
    FROM unnest(${col((b) => b.deskId)}::uuid[], ${col((b) => b.siteId)}::uuid[], ${col((b) => b.employeeId)}::uuid[], ${col((b) => b.date)}::date[], ${col((b) => b.status)}::text[],
      ${col((b) => b.agileDayId)}::uuid[], ${col((b) => ts(b.bookedAt))}::timestamptz[], ${col((b) => ts(b.cancelledAt))}::timestamptz[],
      ${col((b) => b.cancellationReason)}::text[], ${col((b) => ts(b.checkedInAt))}::timestamptz[])`);
}

export interface DemoItem {
  id: string;
  type: string;
  model: string;
  serial: string | null;
  assetTag: string;
  state: 'in_stock' | 'assigned' | 'repair' | 'retired';
  ownerDirectorateId: string | null;
  notes: string;
}

export async function insertDemoEquipment(db: Db, organizationId: string, rows: DemoItem[], now: Date) {
  await bulk(db, rows, (col) => sql`
    INSERT INTO equipment (organization_id, id, type, model, serial, asset_tag, state, owner_directorate_id, notes, created_at, updated_at)
    SELECT ${organizationId}::uuid, *, ${now.toISOString()}::timestamptz, ${now.toISOString()}::timestamptz
    FROM unnest(${col((e) => e.id)}::uuid[], ${col((e) => e.type)}::text[], ${col((e) => e.model)}::text[], ${col((e) => e.serial)}::text[], ${col((e) => e.assetTag)}::text[],
      ${col((e) => e.state)}::text[], ${col((e) => e.ownerDirectorateId)}::uuid[], ${col((e) => e.notes)}::text[])`);
}

export interface DemoAssignment {
  equipmentId: string;
  employeeId: string;
  fromDate: string;
  returnedOn: string | null;
  acknowledgedAt: Date | null;
  createdAt: Date;
}

export async function insertDemoAssignments(db: Db, organizationId: string, rows: DemoAssignment[]) {
  await bulk(db, rows, (col) => sql`
    INSERT INTO equipment_assignments (organization_id, equipment_id, employee_id, from_date, returned_on, acknowledged_at, created_at)
    SELECT ${organizationId}::uuid, *
    FROM unnest(${col((a) => a.equipmentId)}::uuid[], ${col((a) => a.employeeId)}::uuid[], ${col((a) => a.fromDate)}::date[], ${col((a) => a.returnedOn)}::date[],
      ${col((a) => ts(a.acknowledgedAt))}::timestamptz[], ${col((a) => ts(a.createdAt))}::timestamptz[])`);
}

export interface DemoOwnDevices {
  employeeId: string;
  usesOwnDevices: boolean;
  devices: string;
  policyAcknowledgedAt: Date | null;
  updatedAt: Date;
}

export async function insertDemoOwnDevices(db: Db, organizationId: string, rows: DemoOwnDevices[]) {
  await bulk(db, rows, (col) => sql`
    INSERT INTO own_devices (organization_id, employee_id, uses_own_devices, devices, policy_acknowledged_at, updated_at)
    SELECT ${organizationId}::uuid, *
    FROM unnest(${col((o) => o.employeeId)}::uuid[], ${col((o) => o.usesOwnDevices)}::boolean[], ${col((o) => o.devices)}::text[],
      ${col((o) => ts(o.policyAcknowledgedAt))}::timestamptz[], ${col((o) => ts(o.updatedAt))}::timestamptz[])`);
}

/** POLA § 4.6 and § 4.2 — the licences planned and the directorate that negotiates conventions, merged into the settings. */
export async function mergeSettings(db: Db, organizationId: string, settings: Record<string, unknown>, now: Date) {
  await db.execute(sql`UPDATE organizations SET settings = settings || ${JSON.stringify(settings)}::jsonb, updated_at = ${now.toISOString()}::timestamptz WHERE organization_id = ${organizationId}`);
}
