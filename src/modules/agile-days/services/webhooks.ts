import crypto from 'node:crypto';
import { hasRole } from '../../../platform/actor.js';
import { audit } from '../../../platform/audit.js';
import type { Clock } from '../../../platform/clock.js';
import { transaction, type Ctx } from '../../../platform/context.js';
import type { Db, Engine } from '../../../platform/db/engine.js';
import { forbidden, notFound } from '../../../platform/errors.js';
import * as repo from '../repositories/webhooks.js';
import type { DayRow } from '../repositories/days.js';

/** Attempts before a delivery is given up, and the first wait: 1, 2, 4 … minutes (exponential back-off). */
export const MAX_ATTEMPTS = 8;
const FIRST_WAIT_MS = 60_000;

const assertManager = (ctx: Ctx) => {
  if (!hasRole(ctx.actor, 'admin', 'it')) throw forbidden('I webhook li gestiscono gli amministratori e i Sistemi informativi');
};

const out = (w: Awaited<ReturnType<typeof repo.listWebhooks>>[number]) => ({
  id: w.id, url: w.url, description: w.description, createdAt: new Date(w.created_at).toISOString(),
  deliveries: { pending: w.pending, delivered: w.delivered, failed: w.failed, lastError: w.last_error },
});

export async function listWebhooks(ctx: Ctx) {
  assertManager(ctx);
  return (await repo.listWebhooks(ctx.engine.db, ctx.organizationId)).map(out);
}

export async function createWebhook(ctx: Ctx, input: { url: string; description: string }) {
  assertManager(ctx);
  return transaction(ctx, async (tx) => {
    const secret = crypto.randomBytes(32).toString('base64url');
    const row = await repo.insertWebhook(tx, ctx.organizationId, { url: input.url, secret, description: input.description, createdAt: ctx.clock.now(), createdBy: ctx.actor.userId });
    await audit(tx, ctx, { action: 'webhook.created', entity: 'webhook', entityId: row.id, after: { url: input.url, description: input.description } });
    const listed = (await repo.listWebhooks(tx, ctx.organizationId)).find((w) => w.id === row.id)!;
    return { ...out(listed), secret };
  });
}

export async function deleteWebhook(ctx: Ctx, id: string) {
  assertManager(ctx);
  return transaction(ctx, async (tx) => {
    if (!(await repo.deleteWebhook(tx, ctx.organizationId, id))) throw notFound('Webhook');
    await audit(tx, ctx, { action: 'webhook.deleted', entity: 'webhook', entityId: id });
    return { ok: true as const };
  });
}

/** Art. 10.1 — every change of an agile day reaches the attendance system ("sistema di permessistica"). */
export async function emitDayEvent(tx: Db, ctx: Ctx, day: DayRow, matricola: string) {
  await repo.enqueue(tx, ctx.organizationId, `agile_day.${day.status}`, {
    event: `agile_day.${day.status}`,
    occurredAt: ctx.clock.now().toISOString(),
    agileDay: { id: day.id, employeeId: day.employeeId, matricola, date: day.date, status: day.status, type: 'lavoro_agile' },
  }, ctx.clock.now());
}

/** `sha256=` + HMAC-SHA256 of `<timestamp>.<body>` with the webhook's secret. */
export function signature(secret: string, timestamp: string, body: string): string {
  return `sha256=${crypto.createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** Sends the deliveries that are due; a failure waits 1, 2, 4 … minutes, and after 8 attempts is given up. */
export async function deliverWebhooks(engine: Engine, clock: Clock, batch = 50): Promise<{ delivered: number; retried: number; failed: number }> {
  const result = { delivered: 0, retried: 0, failed: 0 };
  await engine.db.transaction(async (tx) => {
    for (const d of await repo.dueDeliveries(tx, clock.now(), batch)) {
      const body = JSON.stringify(d.payload);
      const timestamp = String(Math.floor(clock.now().getTime() / 1000));
      const attempts = d.attempts + 1;
      let status: number | null = null;
      let error: string | null = null;
      try {
        const res = await fetch(d.url, {
          method: 'POST',
          body,
          headers: { 'content-type': 'application/json', 'x-agilepa-event': d.event, 'x-agilepa-delivery': d.id, 'x-agilepa-timestamp': timestamp, 'x-agilepa-signature': signature(d.secret, timestamp, body) },
          signal: AbortSignal.timeout(10_000),
        });
        status = res.status;
        if (!res.ok) error = `HTTP ${res.status}`;
      } catch (e) {
        error = String(e).slice(0, 500);
      }
      if (!error) {
        await repo.setDeliveryOutcome(tx, d.organization_id, d.id, { status: 'delivered', attempts, deliveredAt: clock.now(), lastStatus: status });
        result.delivered++;
      } else if (attempts >= MAX_ATTEMPTS) {
        await repo.setDeliveryOutcome(tx, d.organization_id, d.id, { status: 'failed', attempts, lastStatus: status, lastError: error });
        result.failed++;
      } else {
        const next = new Date(clock.now().getTime() + FIRST_WAIT_MS * 2 ** (attempts - 1));
        await repo.setDeliveryOutcome(tx, d.organization_id, d.id, { attempts, nextAttemptAt: next, lastStatus: status, lastError: error });
        result.retried++;
      }
    }
  });
  return result;
}
