import { and, asc, eq, sql } from 'drizzle-orm';
import { bankReleases, bankRequests, dayBanks, employees } from '../../../db/schema/index.js';
import { rowsOf, type Db } from '../../../platform/db/engine.js';

export type BankRow = typeof dayBanks.$inferSelect;
export type BankRequestRow = typeof bankRequests.$inferSelect;

/** The bank of a directorate and month, created empty if missing, and locked until commit. */
export async function lockBank(db: Db, organizationId: string, directorateId: string, month: string): Promise<BankRow> {
  await db.insert(dayBanks).values({ organizationId, directorateId, month, released: 0, granted: 0 }).onConflictDoNothing();
  const [row] = await db.select().from(dayBanks).where(and(eq(dayBanks.organizationId, organizationId), eq(dayBanks.directorateId, directorateId), eq(dayBanks.month, month))).for('update');
  return row!;
}

export async function getBank(db: Db, organizationId: string, directorateId: string, month: string): Promise<BankRow | null> {
  const [row] = await db.select().from(dayBanks).where(and(eq(dayBanks.organizationId, organizationId), eq(dayBanks.directorateId, directorateId), eq(dayBanks.month, month)));
  return row ?? null;
}

export async function addReleased(db: Db, organizationId: string, directorateId: string, month: string, days: number) {
  await db.update(dayBanks).set({ released: sql`${dayBanks.released} + ${days}` }).where(and(eq(dayBanks.organizationId, organizationId), eq(dayBanks.directorateId, directorateId), eq(dayBanks.month, month)));
}

/** Art. 7.8 — takes `days` from the bank only if they are there: the balance never goes below zero. */
export async function takeGranted(db: Db, organizationId: string, directorateId: string, month: string, days: number): Promise<boolean> {
  const rows = await db
    .update(dayBanks)
    .set({ granted: sql`${dayBanks.granted} + ${days}` })
    .where(and(eq(dayBanks.organizationId, organizationId), eq(dayBanks.directorateId, directorateId), eq(dayBanks.month, month), sql`${dayBanks.granted} + ${days} <= ${dayBanks.released}`))
    .returning({ month: dayBanks.month });
  return rows.length > 0;
}

export async function markAutoReleased(db: Db, organizationId: string, directorateId: string, month: string, at: Date) {
  await db.update(dayBanks).set({ autoReleasedAt: at }).where(and(eq(dayBanks.organizationId, organizationId), eq(dayBanks.directorateId, directorateId), eq(dayBanks.month, month)));
}

export async function insertReleases(db: Db, organizationId: string, rows: Omit<typeof bankReleases.$inferInsert, 'organizationId'>[]) {
  if (!rows.length) return [];
  return db.insert(bankReleases).values(rows.map((r) => ({ organizationId, ...r }))).returning();
}

export async function releasesOf(db: Db, organizationId: string, employeeId: string, month: string) {
  return db.select().from(bankReleases).where(and(eq(bankReleases.organizationId, organizationId), eq(bankReleases.employeeId, employeeId), eq(bankReleases.month, month))).orderBy(asc(bankReleases.releasedAt));
}

export async function insertRequest(db: Db, organizationId: string, v: Omit<BankRequestRow, 'organizationId' | 'id' | 'grantedDays' | 'decidedAt' | 'decidedBy' | 'decisionReason'>) {
  const [row] = await db.insert(bankRequests).values({ organizationId, grantedDays: 0, ...v }).returning();
  return row!;
}

export async function getRequest(db: Db, organizationId: string, id: string, forUpdate = false) {
  const q = db.select().from(bankRequests).where(and(eq(bankRequests.organizationId, organizationId), eq(bankRequests.id, id)));
  const [row] = forUpdate ? await q.for('update') : await q;
  return row ?? null;
}

export async function updateRequest(db: Db, organizationId: string, id: string, v: Partial<BankRequestRow>) {
  const [row] = await db.update(bankRequests).set(v).where(and(eq(bankRequests.organizationId, organizationId), eq(bankRequests.id, id))).returning();
  return row!;
}

export async function requestsOf(db: Db, organizationId: string, f: { directorateId?: string; employeeId?: string; month: string; status?: string }) {
  const parts = [eq(bankRequests.organizationId, organizationId), eq(bankRequests.month, f.month)];
  if (f.directorateId) parts.push(eq(bankRequests.directorateId, f.directorateId));
  if (f.employeeId) parts.push(eq(bankRequests.employeeId, f.employeeId));
  if (f.status) parts.push(eq(bankRequests.status, f.status));
  return db
    .select({ r: bankRequests, firstName: employees.firstName, lastName: employees.lastName })
    .from(bankRequests)
    .innerJoin(employees, and(eq(employees.organizationId, bankRequests.organizationId), eq(employees.id, bankRequests.employeeId)))
    .where(and(...parts))
    .orderBy(asc(bankRequests.requestedAt));
}

/** Directorates with at least one employee, for the automatic release. */
export async function directorateIds(db: Db, organizationId: string) {
  return (await rowsOf<{ id: string }>(db, sql`SELECT id FROM directorates WHERE organization_id = ${organizationId} ORDER BY code`)).map((r) => r.id);
}
