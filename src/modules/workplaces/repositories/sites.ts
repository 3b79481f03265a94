import { and, asc, eq, sql } from 'drizzle-orm';
import { desks, sites } from '../../../db/schema/index.js';
import { rowsOf, type Db } from '../../../platform/db/engine.js';
import { holdsDesk } from './bookings.js';

export type SiteRow = typeof sites.$inferSelect;
export type SiteValues = Omit<SiteRow, 'organizationId' | 'id' | 'createdAt' | 'updatedAt'>;
export type DeskRow = typeof desks.$inferSelect;

export async function insertSite(db: Db, organizationId: string, v: SiteValues) {
  const [row] = await db.insert(sites).values({ organizationId, ...v }).returning();
  return row!;
}

export async function updateSite(db: Db, organizationId: string, id: string, v: Partial<SiteValues>, now: Date) {
  const [row] = await db.update(sites).set({ ...v, updatedAt: now }).where(and(eq(sites.organizationId, organizationId), eq(sites.id, id))).returning();
  return row!;
}

export async function getSite(db: Db, organizationId: string, id: string): Promise<SiteRow | null> {
  const [row] = await db.select().from(sites).where(and(eq(sites.organizationId, organizationId), eq(sites.id, id)));
  return row ?? null;
}

export async function listSites(db: Db, organizationId: string, kind?: string) {
  const parts = [eq(sites.organizationId, organizationId)];
  if (kind) parts.push(eq(sites.kind, kind));
  return db.select().from(sites).where(and(...parts)).orderBy(asc(sites.name));
}

/** Per site: desks, bookable desks, and (with `date`) live bookings that day. */
export async function deskCounts(db: Db, organizationId: string, date: string | null) {
  return rowsOf<{ site_id: string; desks: number; bookable: number; taken: number }>(
    db,
    sql`SELECT d.site_id, count(*)::int AS desks, count(*) FILTER (WHERE d.bookable)::int AS bookable,
               count(b.id)::int AS taken
        FROM desks d LEFT JOIN bookings b ON b.organization_id = d.organization_id AND b.desk_id = d.id AND b.date = ${date} AND ${holdsDesk('b')}
        WHERE d.organization_id = ${organizationId} GROUP BY d.site_id`,
  );
}

export async function insertDesk(db: Db, organizationId: string, v: Omit<DeskRow, 'organizationId' | 'id' | 'createdAt' | 'updatedAt'>) {
  const [row] = await db.insert(desks).values({ organizationId, ...v }).returning();
  return row!;
}

export async function updateDesk(db: Db, organizationId: string, id: string, v: Partial<DeskRow>, now: Date) {
  const [row] = await db.update(desks).set({ ...v, updatedAt: now }).where(and(eq(desks.organizationId, organizationId), eq(desks.id, id))).returning();
  return row!;
}

export async function getDesk(db: Db, organizationId: string, id: string): Promise<DeskRow | null> {
  const [row] = await db.select().from(desks).where(and(eq(desks.organizationId, organizationId), eq(desks.id, id)));
  return row ?? null;
}

export async function desksOf(db: Db, organizationId: string, siteId: string) {
  return db.select().from(desks).where(and(eq(desks.organizationId, organizationId), eq(desks.siteId, siteId))).orderBy(asc(desks.label));
}
