import { and, eq, sql } from 'drizzle-orm';
import { calendarTokens } from '../../../db/schema/index.js';
import { rowsOf, type Db } from '../../../platform/db/engine.js';

export async function saveCalendarToken(db: Db, organizationId: string, employeeId: string, tokenHash: string, now: Date) {
  await db
    .insert(calendarTokens)
    .values({ organizationId, employeeId, tokenHash, createdAt: now })
    .onConflictDoUpdate({ target: [calendarTokens.organizationId, calendarTokens.employeeId], set: { tokenHash, createdAt: now } });
}

export async function calendarTokenOwner(db: Db, tokenHash: string) {
  const [row] = await db.select().from(calendarTokens).where(eq(calendarTokens.tokenHash, tokenHash));
  return row ?? null;
}

export async function calendarTokenOf(db: Db, organizationId: string, employeeId: string) {
  const [row] = await db.select().from(calendarTokens).where(and(eq(calendarTokens.organizationId, organizationId), eq(calendarTokens.employeeId, employeeId)));
  return row ?? null;
}

/** Art. 10.1 — the approved agile days of a month for the attendance system. */
export async function approvedDays(db: Db, organizationId: string, from: string, to: string) {
  return rowsOf<{ matricola: string; date: string }>(
    db,
    sql`SELECT e.matricola, d.date FROM agile_days d JOIN employees e ON e.organization_id = d.organization_id AND e.id = d.employee_id
        WHERE d.organization_id = ${organizationId} AND d.status = 'approved' AND d.date BETWEEN ${from} AND ${to}
        ORDER BY e.matricola, d.date`,
  );
}
