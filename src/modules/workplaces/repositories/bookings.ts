import { and, asc, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import { bookings, desks, organizations, sites } from '../../../db/schema/index.js';
import { rowsOf, type Db } from '../../../platform/db/engine.js';
import { LIVE_BOOKING_STATUSES } from '../domain/kinds.js';

/** `<alias>.status` holds the desk; constants, not parameters, so that the planner can use the partial unique indexes. */
export const holdsDesk = (alias: string) => sql.raw(`${alias}.status IN (${LIVE_BOOKING_STATUSES.map((st) => `'${st}'`).join(',')})`);

export type BookingRow = typeof bookings.$inferSelect;

export async function insertBooking(db: Db, organizationId: string, v: Omit<BookingRow, 'organizationId' | 'id' | 'cancelledAt' | 'cancellationReason' | 'checkedInAt'>) {
  const [row] = await db.insert(bookings).values({ organizationId, ...v }).returning();
  return row!;
}

/** Bookings with their desk's label and their site's name and kind. */
const listed = (db: Db) =>
  db
    .select({ b: bookings, deskLabel: desks.label, siteName: sites.name, siteKind: sites.kind })
    .from(bookings)
    .innerJoin(desks, and(eq(desks.organizationId, bookings.organizationId), eq(desks.id, bookings.deskId)))
    .innerJoin(sites, and(eq(sites.organizationId, bookings.organizationId), eq(sites.id, bookings.siteId)));

/** One booking as listed; locked when it is to be changed. */
export async function getBooking(db: Db, organizationId: string, id: string, forUpdate = false) {
  const q = listed(db).where(and(eq(bookings.organizationId, organizationId), eq(bookings.id, id)));
  const [row] = forUpdate ? await q.for('update', { of: bookings }) : await q;
  return row ?? null;
}

export async function updateBooking(db: Db, organizationId: string, id: string, v: Partial<BookingRow>) {
  const [row] = await db.update(bookings).set(v).where(and(eq(bookings.organizationId, organizationId), eq(bookings.id, id))).returning();
  return row!;
}

/**
 * Everything a booking decides on, in one read (art. 15.3–15.4): the desk and its site, the
 * patron day, the employee's approved agile day, and whether the desk or the person is already
 * booked that day. Null when the desk is not the organization's.
 */
export async function bookingContext(db: Db, organizationId: string, f: { deskId: string; employeeId: string; date: string }) {
  const [row] = await db
    .select({
      desk: { id: desks.id, label: desks.label, bookable: desks.bookable },
      site: { id: sites.id, name: sites.name, kind: sites.kind, active: sites.active, openingDays: sites.openingDays, conventionFrom: sites.conventionFrom, conventionTo: sites.conventionTo },
      patronDay: organizations.patronDay,
      agileDayId: sql<string | null>`(SELECT a.id FROM agile_days a WHERE a.organization_id = ${desks.organizationId} AND a.employee_id = ${f.employeeId} AND a.date = ${f.date} AND a.status = 'approved' LIMIT 1)`,
      deskTaken: sql<boolean>`EXISTS (SELECT 1 FROM bookings b WHERE b.organization_id = ${desks.organizationId} AND b.desk_id = ${desks.id} AND b.date = ${f.date} AND ${holdsDesk('b')})`.as('desk_taken'),
      personBooked: sql<boolean>`EXISTS (SELECT 1 FROM bookings b WHERE b.organization_id = ${desks.organizationId} AND b.employee_id = ${f.employeeId} AND b.date = ${f.date} AND ${holdsDesk('b')})`.as('person_booked'),
    })
    .from(desks)
    .innerJoin(sites, and(eq(sites.organizationId, desks.organizationId), eq(sites.id, desks.siteId)))
    .innerJoin(organizations, eq(organizations.organizationId, desks.organizationId))
    .where(and(eq(desks.organizationId, organizationId), eq(desks.id, f.deskId)));
  return row ?? null;
}

export async function listBookings(db: Db, organizationId: string, f: { employeeId?: string; siteId?: string; from?: string; to?: string; statuses?: string[] }) {
  const parts: SQL[] = [eq(bookings.organizationId, organizationId)];
  if (f.employeeId) parts.push(eq(bookings.employeeId, f.employeeId));
  if (f.siteId) parts.push(eq(bookings.siteId, f.siteId));
  if (f.from) parts.push(gte(bookings.date, f.from));
  if (f.to) parts.push(lte(bookings.date, f.to));
  if (f.statuses) parts.push(inArray(bookings.status, f.statuses));
  return listed(db)
    .where(and(...parts))
    .orderBy(asc(bookings.date), asc(sites.name))
    .limit(2000);
}

export async function liveBookingsOfAgileDay(db: Db, organizationId: string, agileDayId: string) {
  return db
    .select()
    .from(bookings)
    .where(and(eq(bookings.organizationId, organizationId), eq(bookings.agileDayId, agileDayId), inArray(bookings.status, [...LIVE_BOOKING_STATUSES])))
    .for('update');
}

/** Bookings not checked in by the deadline, up to `today` (the no-show job). */
export async function markNoShows(db: Db, organizationId: string, today: string, pastDeadline: boolean) {
  const rows = await db
    .update(bookings)
    .set({ status: 'no_show' })
    .where(and(eq(bookings.organizationId, organizationId), eq(bookings.status, 'booked'), pastDeadline ? lte(bookings.date, today) : sql`${bookings.date} < ${today}`))
    .returning({ id: bookings.id });
  return rows.length;
}

/** Occupancy per site and day in [from, to]. */
export async function occupancyRows(db: Db, organizationId: string, from: string, to: string) {
  return rowsOf<{ site_id: string; site_name: string; date: string; desks: number; booked: number; checked_in: number; no_show: number; cancelled: number }>(
    db,
    sql`SELECT b.site_id, s.name AS site_name, b.date::text AS date,
               (SELECT count(*)::int FROM desks d WHERE d.organization_id = b.organization_id AND d.site_id = b.site_id AND d.bookable) AS desks,
               count(*) FILTER (WHERE b.status IN ('booked','checked_in','no_show'))::int AS booked,
               count(*) FILTER (WHERE b.status = 'checked_in')::int AS checked_in,
               count(*) FILTER (WHERE b.status = 'no_show')::int AS no_show,
               count(*) FILTER (WHERE b.status = 'cancelled')::int AS cancelled
        FROM bookings b JOIN sites s ON s.organization_id = b.organization_id AND s.id = b.site_id
        WHERE b.organization_id = ${organizationId} AND b.date BETWEEN ${from} AND ${to}
        GROUP BY b.organization_id, b.site_id, s.name, b.date ORDER BY b.date, s.name`,
  );
}
