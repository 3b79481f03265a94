import type { Ctx } from '../../../platform/context.js';
import type { Db } from '../../../platform/db/engine.js';
import { DomainError } from '../../../platform/errors.js';
import { nextAllowedMoment } from '../../agile-days/domain/disconnection.js';
import { regulationFor } from '../../organization/services/settings.js';
import * as repo from '../repositories/notifications.js';

export interface Message {
  employeeId: string;
  kind: string;
  title: string;
  body: string;
  entity?: string | null;
  entityId?: string | null;
  /** Worth an e-mail too (decisions on the person's own days and agreements; messages). */
  email?: boolean;
}

export interface Urgency {
  urgent?: boolean;
  urgentReason?: string | null;
}

/** Art. 13 — an urgent message crosses the right to disconnect only with a reason, which is recorded. */
export function assertUrgency(u: Urgency): void {
  if (u.urgent && !u.urgentReason?.trim())
    throw new DomainError('REASON_REQUIRED', 'Un messaggio urgente fuori dalla fascia di lavoro va motivato (art. 13)', 'urgentReason');
}

/**
 * Queues messages in the caller's transaction. Art. 13: outside 07:00–21:00, on weekends and
 * holidays they are held until the next allowed moment, unless urgent; e-mail follows the same time.
 */
/** What the caller has already read, to spare the queries (a day request is a hot path). */
export interface Known {
  rules?: Awaited<ReturnType<typeof regulationFor>>;
  /** The recipients' directorates, for the art. 13.4 report. */
  directorateOf?: Map<string, string>;
}

export async function notify(tx: Db, ctx: Ctx, messages: Message[], u: Urgency = {}, known: Known = {}): Promise<{ deliverAt: Date; held: number }> {
  assertUrgency(u);
  const now = ctx.clock.now();
  const { regulation, patronDay } = known.rules ?? (await regulationFor(tx, ctx.organizationId));
  const allowed = nextAllowedMoment(now, regulation, patronDay);
  const deliverAt = u.urgent ? now : allowed;
  const held = deliverAt.getTime() > now.getTime();
  const recipients = [...new Set(messages.map((m) => m.employeeId))];
  const directorates =
    known.directorateOf && recipients.every((id) => known.directorateOf!.has(id))
      ? known.directorateOf
      : new Map((await repo.employeesWithDirectorate(tx, ctx.organizationId, recipients)).map((r) => [r.id, r.directorate_id]));
  await repo.insertNotifications(
    tx,
    ctx.organizationId,
    messages.map((m) => ({
      employeeId: m.employeeId,
      kind: m.kind,
      title: m.title,
      body: m.body,
      entity: m.entity ?? null,
      entityId: m.entityId ?? null,
      createdAt: now,
      directorateId: directorates.get(m.employeeId) ?? null,
      deliverAt,
      held,
      // An urgent message sent inside the window overrode nothing.
      urgent: Boolean(u.urgent) && allowed.getTime() > now.getTime(),
      urgentReason: u.urgent ? (u.urgentReason ?? null) : null,
      senderLabel: ctx.actor.username,
      emailStatus: m.email ? 'pending' : 'none',
    })),
  );
  return { deliverAt, held: held ? messages.length : 0 };
}
