import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/engine.js';
import { employeeCircumstances } from '../../../db/schema/index.js';

export type CircumstancesRow = typeof employeeCircumstances.$inferSelect;

export async function getCircumstances(db: Db, organizationId: string, employeeId: string): Promise<CircumstancesRow | null> {
  const [row] = await db
    .select()
    .from(employeeCircumstances)
    .where(and(eq(employeeCircumstances.organizationId, organizationId), eq(employeeCircumstances.employeeId, employeeId)));
  return row ?? null;
}

export async function upsertCircumstances(
  db: Db,
  organizationId: string,
  employeeId: string,
  v: Pick<CircumstancesRow, 'disability' | 'law104' | 'caregiver' | 'childrenBirthDates' | 'pregnancyFrom' | 'pregnancyTo' | 'notes'>,
  now: Date,
) {
  await db
    .insert(employeeCircumstances)
    .values({ organizationId, employeeId, ...v })
    .onConflictDoUpdate({ target: [employeeCircumstances.organizationId, employeeCircumstances.employeeId], set: { ...v, updatedAt: now } });
}

/** Many new employees' circumstances, a thousand rows a statement (imports, demo). */
export async function insertManyCircumstances(
  db: Db,
  organizationId: string,
  rows: Pick<CircumstancesRow, 'employeeId' | 'disability' | 'law104' | 'caregiver' | 'childrenBirthDates' | 'pregnancyFrom' | 'pregnancyTo'>[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) {
    await db.insert(employeeCircumstances).values(rows.slice(i, i + 1000).map((r) => ({ organizationId, ...r, notes: null })));
  }
}
