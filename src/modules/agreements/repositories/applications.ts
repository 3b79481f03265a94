import { and, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../platform/db/engine.js';
import { applications } from '../../../db/schema/index.js';

export type ApplicationRow = typeof applications.$inferSelect;
export type ApplicationValues = Omit<ApplicationRow, 'organizationId' | 'id' | 'createdAt' | 'updatedAt'>;

export async function insertApplication(db: Db, organizationId: string, v: ApplicationValues) {
  const [row] = await db.insert(applications).values({ organizationId, ...v }).returning();
  return row!;
}

export async function getApplication(db: Db, organizationId: string, id: string, forUpdate = false): Promise<ApplicationRow | null> {
  const q = db.select().from(applications).where(and(eq(applications.organizationId, organizationId), eq(applications.id, id)));
  const [row] = forUpdate ? await q.for('update') : await q;
  return row ?? null;
}

export async function updateApplication(db: Db, organizationId: string, id: string, v: Partial<ApplicationValues>, now: Date) {
  const [row] = await db.update(applications).set({ ...v, updatedAt: now }).where(and(eq(applications.organizationId, organizationId), eq(applications.id, id))).returning();
  return row!;
}

export interface ApplicationFilter {
  status?: string;
  directorateId?: string;
  employeeId?: string;
  employeeIds?: string[];
  directorateIds?: string[];
}

export async function listApplications(db: Db, organizationId: string, f: ApplicationFilter, limit: number, offset: number) {
  const parts: SQL[] = [eq(applications.organizationId, organizationId)];
  if (f.status) parts.push(eq(applications.status, f.status));
  if (f.directorateId) parts.push(eq(applications.directorateId, f.directorateId));
  if (f.employeeId) parts.push(eq(applications.employeeId, f.employeeId));
  if (f.employeeIds) parts.push(f.employeeIds.length ? inArray(applications.employeeId, f.employeeIds) : sql`false`);
  if (f.directorateIds) parts.push(f.directorateIds.length ? inArray(applications.directorateId, f.directorateIds) : sql`false`);
  const where = and(...parts);
  const [rows, [count]] = await Promise.all([
    db.select().from(applications).where(where).orderBy(desc(applications.submittedAt)).limit(limit).offset(offset),
    db.select({ n: sql<number>`count(*)::int` }).from(applications).where(where),
  ]);
  return { rows, total: Number(count?.n ?? 0) };
}
