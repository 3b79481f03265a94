import { and, asc, eq, sql } from 'drizzle-orm';
import { webhookDeliveries, webhooks } from '../../../db/schema/index.js';
import { rowsOf, type Db } from '../../../platform/db/engine.js';

export async function insertWebhook(db: Db, organizationId: string, v: { url: string; secret: string; description: string; createdAt: Date; createdBy: string | null }) {
  const [row] = await db.insert(webhooks).values({ organizationId, ...v }).returning();
  return row!;
}

export async function listWebhooks(db: Db, organizationId: string) {
  return rowsOf<{ id: string; url: string; description: string; created_at: Date; pending: number; delivered: number; failed: number; last_error: string | null }>(
    db,
    sql`SELECT w.id, w.url, w.description, w.created_at,
               count(d.id) FILTER (WHERE d.status = 'pending')::int AS pending,
               count(d.id) FILTER (WHERE d.status = 'delivered')::int AS delivered,
               count(d.id) FILTER (WHERE d.status = 'failed')::int AS failed,
               (SELECT last_error FROM webhook_deliveries x WHERE x.organization_id = w.organization_id AND x.webhook_id = w.id AND x.last_error IS NOT NULL ORDER BY x.created_at DESC LIMIT 1) AS last_error
        FROM webhooks w LEFT JOIN webhook_deliveries d ON d.organization_id = w.organization_id AND d.webhook_id = w.id
        WHERE w.organization_id = ${organizationId} GROUP BY w.organization_id, w.id ORDER BY w.created_at`,
  );
}

export async function deleteWebhook(db: Db, organizationId: string, id: string) {
  const rows = await db.delete(webhooks).where(and(eq(webhooks.organizationId, organizationId), eq(webhooks.id, id))).returning({ id: webhooks.id });
  return rows.length > 0;
}

/** Outbox: one delivery per webhook of the organization, in the transaction of the change. */
export async function enqueue(db: Db, organizationId: string, event: string, payload: Record<string, unknown>, now: Date) {
  await db.execute(sql`
    INSERT INTO webhook_deliveries (organization_id, webhook_id, event, payload, status, attempts, next_attempt_at, created_at)
    SELECT organization_id, id, ${event}, ${JSON.stringify(payload)}::jsonb, 'pending', 0, ${now}, ${now} FROM webhooks WHERE organization_id = ${organizationId}`);
}

/** Deliveries due, across organizations, locked so that two servers never send one twice. */
export async function dueDeliveries(db: Db, now: Date, limit: number) {
  return rowsOf<{ organization_id: string; id: string; event: string; payload: unknown; attempts: number; url: string; secret: string }>(
    db,
    sql`SELECT d.organization_id, d.id, d.event, d.payload, d.attempts, w.url, w.secret
        FROM webhook_deliveries d JOIN webhooks w ON w.organization_id = d.organization_id AND w.id = d.webhook_id
        WHERE d.status = 'pending' AND d.next_attempt_at <= ${now}
        ORDER BY d.next_attempt_at LIMIT ${limit} FOR UPDATE OF d SKIP LOCKED`,
  );
}

export async function setDeliveryOutcome(db: Db, organizationId: string, id: string, v: Partial<typeof webhookDeliveries.$inferInsert>) {
  await db.update(webhookDeliveries).set(v).where(and(eq(webhookDeliveries.organizationId, organizationId), eq(webhookDeliveries.id, id)));
}

export async function deliveriesOf(db: Db, organizationId: string, webhookId: string) {
  return db.select().from(webhookDeliveries).where(and(eq(webhookDeliveries.organizationId, organizationId), eq(webhookDeliveries.webhookId, webhookId))).orderBy(asc(webhookDeliveries.createdAt));
}
