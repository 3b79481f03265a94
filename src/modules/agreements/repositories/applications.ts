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

export async function insertApplications(db: Db, organizationId: string, list: ApplicationValues[]) {
  const out: ApplicationRow[] = [];
  for (let i = 0; i < list.length; i += 300) out.push(...(await db.insert(applications).values(list.slice(i, i + 300).map((v) => ({ organizationId, ...v }))).returning()));
  return out;
}

/** Points each approved application at the agreement created from it. */
export async function linkApplicationsToAgreements(db: Db, organizationId: string) {
  await db.execute(sql`UPDATE applications a SET agreement_id = g.id FROM agreements g
    WHERE g.organization_id = ${organizationId} AND a.organization_id = g.organization_id AND a.id = g.application_id AND a.agreement_id IS NULL`);
}
