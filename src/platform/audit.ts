import { and, desc, eq, lt } from 'drizzle-orm';
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

function plain(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}

/** Appends to the audit log in the caller's transaction, so the record and its change commit together. */
export async function audit(tx: Db, ctx: Ctx, entry: AuditEntry): Promise<void> {
  await auditMany(tx, ctx, [entry]);
}

export async function auditMany(tx: Db, ctx: Ctx, entries: AuditEntry[]): Promise<void> {
  for (let i = 0; i < entries.length; i += 500) {
    await tx.insert(auditLog).values(
      entries.slice(i, i + 500).map((e) => ({
        organizationId: ctx.organizationId,
        at: ctx.clock.now(),
        actorUserId: ctx.actor.userId,
        actorLabel: ctx.actor.username,
        action: e.action,
        entity: e.entity,
        entityId: e.entityId ?? null,
        before: plain(e.before),
        after: plain(e.after),
        reason: e.reason ?? null,
        requestId: ctx.requestId ?? null,
      })),
    );
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
