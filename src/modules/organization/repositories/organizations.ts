import { eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/engine.js';
import { organizations } from '../../../db/schema/index.js';

export type OrganizationRow = typeof organizations.$inferSelect;

export async function getOrganization(db: Db, organizationId: string): Promise<OrganizationRow | null> {
  const [row] = await db.select().from(organizations).where(eq(organizations.organizationId, organizationId));
  return row ?? null;
}

export async function listOrganizations(db: Db): Promise<OrganizationRow[]> {
  return db.select().from(organizations);
}

export async function insertOrganization(db: Db, v: { name: string; type: string; fiscalCode: string; patronDay: string | null; settings?: Record<string, unknown> }) {
  const [row] = await db.insert(organizations).values({ ...v, settings: v.settings ?? {} }).returning();
  return row!;
}

export async function updateOrganization(db: Db, organizationId: string, v: Partial<Pick<OrganizationRow, 'name' | 'type' | 'fiscalCode' | 'patronDay' | 'settings'>>, now: Date) {
  const [row] = await db.update(organizations).set({ ...v, updatedAt: now }).where(eq(organizations.organizationId, organizationId)).returning();
  return row!;
}
