import { and, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { employees, extensions } from '../../../db/schema/index.js';
import type { Db } from '../../../platform/db/engine.js';

export type ExtensionRow = typeof extensions.$inferSelect;

export async function insertExtension(db: Db, organizationId: string, v: Omit<ExtensionRow, 'organizationId' | 'id' | 'decidedAt' | 'decidedBy' | 'decisionReason'>) {
  const [row] = await db.insert(extensions).values({ organizationId, ...v }).returning();
  return row!;
}

export async function getExtension(db: Db, organizationId: string, id: string, forUpdate = false) {
  const q = db.select().from(extensions).where(and(eq(extensions.organizationId, organizationId), eq(extensions.id, id)));
  const [row] = forUpdate ? await q.for('update') : await q;
  return row ?? null;
}

export async function updateExtension(db: Db, organizationId: string, id: string, v: Partial<ExtensionRow>) {
  const [row] = await db.update(extensions).set(v).where(and(eq(extensions.organizationId, organizationId), eq(extensions.id, id))).returning();
  return row!;
}

export async function listExtensions(db: Db, organizationId: string, f: { employeeId?: string; employeeIds?: string[]; directorateIds?: string[]; status?: string }) {
  const parts: SQL[] = [eq(extensions.organizationId, organizationId)];
  if (f.employeeId) parts.push(eq(extensions.employeeId, f.employeeId));
  if (f.employeeIds) parts.push(f.employeeIds.length ? inArray(extensions.employeeId, f.employeeIds) : sql`false`);
  if (f.directorateIds) parts.push(f.directorateIds.length ? inArray(extensions.directorateId, f.directorateIds) : sql`false`);
  if (f.status) parts.push(eq(extensions.status, f.status));
  return db
    .select({ e: extensions, firstName: employees.firstName, lastName: employees.lastName })
    .from(extensions)
    .innerJoin(employees, and(eq(employees.organizationId, extensions.organizationId), eq(employees.id, extensions.employeeId)))
    .where(and(...parts))
    .orderBy(desc(extensions.requestedAt))
    .limit(500);
}
