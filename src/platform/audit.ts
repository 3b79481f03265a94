import { and, desc, eq, lt, sql } from 'drizzle-orm';
import { auditLog } from '../db/schema/index.js';
import type { Ctx } from './context.js';
import type { Db } from './db/engine.js';

export interface AuditEntry {
  action: string;
  entity: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
}

/** Appends to the audit log in the caller's transaction, so the record and its change commit together. */
export async function audit(tx: Db, ctx: Ctx, entry: AuditEntry): Promise<void> {
  await auditMany(tx, ctx, [entry]);
}

/** Many entries in one statement per 5,000 (imports, demo, jobs): arrays through unnest. */
export async function auditMany(tx: Db, ctx: Ctx, entries: AuditEntry[]): Promise<void> {
  const json = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(v));
  for (let i = 0; i < entries.length; i += 5000) {
    const part = entries.slice(i, i + 5000);
    const col = <T>(f: (e: AuditEntry) => T) => sql.param(part.map(f));
    await tx.execute(sql`
      INSERT INTO audit_log (organization_id, at, actor_user_id, actor_label, request_id, action, entity, entity_id, before, after, reason)
      SELECT ${ctx.organizationId}::uuid, ${ctx.clock.now()}::timestamptz, ${ctx.actor.userId}::uuid, ${ctx.actor.username}, ${ctx.requestId ?? null}, *
      FROM unnest(${col((e) => e.action)}::text[], ${col((e) => e.entity)}::text[], ${col((e) => e.entityId ?? null)}::text[],
        ${col((e) => json(e.before))}::jsonb[], ${col((e) => json(e.after))}::jsonb[], ${col((e) => e.reason ?? null)}::text[])`);
  }
}

export interface AuditQuery {
  entity?: string;
  entityId?: string;
  before?: number;
  limit: number;
}

export async function listAudit(db: Db, organizationId: string, q: AuditQuery) {
  const filters = [eq(auditLog.organizationId, organizationId)];
  if (q.entity) filters.push(eq(auditLog.entity, q.entity));
  if (q.entityId) filters.push(eq(auditLog.entityId, q.entityId));
  if (q.before) filters.push(lt(auditLog.id, q.before));
  return db.select().from(auditLog).where(and(...filters)).orderBy(desc(auditLog.id)).limit(q.limit);
}
