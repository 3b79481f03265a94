import { and, asc, desc, eq, inArray, lte, sql } from 'drizzle-orm';
import { notifications } from '../../../db/schema/index.js';
import { rowsOf, type Db } from '../../../platform/db/engine.js';

export type NotificationRow = typeof notifications.$inferSelect;
export type NotificationValues = Omit<NotificationRow, 'organizationId' | 'id' | 'readAt' | 'emailAttempts' | 'emailSentAt' | 'emailError'>;

export async function insertNotifications(db: Db, organizationId: string, rows: NotificationValues[]) {
  if (!rows.length) return;
  await db.insert(notifications).values(rows.map((r) => ({ organizationId, ...r })));
}

/** What the person can see now: never what the right to disconnect still holds (art. 13). */
export async function deliveredTo(db: Db, organizationId: string, employeeId: string, now: Date, limit = 50) {
  return db
    .select()
    .from(notifications)
    .where(and(eq(notifications.organizationId, organizationId), eq(notifications.employeeId, employeeId), lte(notifications.deliverAt, now)))
    .orderBy(desc(notifications.deliverAt))
    .limit(limit);
}

export async function markRead(db: Db, organizationId: string, employeeId: string, id: string, now: Date) {
  const rows = await db
    .update(notifications)
    .set({ readAt: now })
    .where(and(eq(notifications.organizationId, organizationId), eq(notifications.employeeId, employeeId), eq(notifications.id, id), lte(notifications.deliverAt, now)))
    .returning({ id: notifications.id });
  return rows.length > 0;
}

/** E-mails due, across organizations, locked so that two servers never send one twice. */
export async function dueEmails(db: Db, now: Date, limit: number) {
  return rowsOf<{ organization_id: string; id: string; email: string; title: string; body: string; urgent: boolean; email_attempts: number }>(
    db,
    sql`SELECT n.organization_id, n.id, e.email, n.title, n.body, n.urgent, n.email_attempts
        FROM notifications n JOIN employees e ON e.organization_id = n.organization_id AND e.id = n.employee_id
        WHERE n.email_status = 'pending' AND n.deliver_at <= ${now}
        ORDER BY n.deliver_at LIMIT ${limit} FOR UPDATE OF n SKIP LOCKED`,
  );
}

export async function setEmailOutcome(db: Db, organizationId: string, id: string, v: { status: 'pending' | 'sent' | 'failed'; attempts: number; sentAt?: Date; error?: string | null }) {
  await db
    .update(notifications)
    .set({ emailStatus: v.status, emailAttempts: v.attempts, emailSentAt: v.sentAt ?? null, emailError: v.error ?? null })
    .where(and(eq(notifications.organizationId, organizationId), eq(notifications.id, id)));
}

export async function notificationsOfEntity(db: Db, organizationId: string, entity: string, entityId: string) {
  return db
    .select()
    .from(notifications)
    .where(and(eq(notifications.organizationId, organizationId), eq(notifications.entity, entity), eq(notifications.entityId, entityId)))
    .orderBy(asc(notifications.createdAt));
}

/** Art. 13.4 — per directorate in [from, to): notifications, held ones and urgent overrides. */
export async function notificationStats(db: Db, organizationId: string, from: Date, to: Date) {
  return rowsOf<{ directorate_id: string; notifications: number; held: number; urgent: number }>(
    db,
    sql`SELECT directorate_id, count(*)::int AS notifications, count(*) FILTER (WHERE held)::int AS held, count(*) FILTER (WHERE urgent)::int AS urgent
        FROM notifications WHERE organization_id = ${organizationId} AND created_at >= ${from} AND created_at < ${to} AND directorate_id IS NOT NULL
        GROUP BY directorate_id`,
  );
}

export async function employeesWithDirectorate(db: Db, organizationId: string, employeeIds: string[]) {
  if (!employeeIds.length) return [];
  return rowsOf<{ id: string; directorate_id: string }>(
    db,
    sql`SELECT e.id, u.directorate_id FROM employees e JOIN units u ON u.organization_id = e.organization_id AND u.id = e.unit_id
        WHERE e.organization_id = ${organizationId} AND e.id = ANY(${sql.param(employeeIds)}::uuid[])`,
  );
}

export { inArray };
