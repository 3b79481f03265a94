import type { z } from 'zod';
import type { messageBody } from '../../../contracts/notifications.js';
import { hasRole } from '../../../platform/actor.js';
import { audit } from '../../../platform/audit.js';
import { transaction, type Ctx } from '../../../platform/context.js';
import { forbidden, notFound } from '../../../platform/errors.js';
import { visibleScope } from '../../agreements/services/access.js';
import * as repo from '../repositories/notifications.js';
import { notify } from './notify.js';

export async function myNotifications(ctx: Ctx) {
  if (!ctx.actor.employeeId) return [];
  const rows = await repo.deliveredTo(ctx.engine.db, ctx.organizationId, ctx.actor.employeeId, ctx.clock.now());
  return rows.map((n) => ({
    id: n.id, kind: n.kind, title: n.title, body: n.body, createdAt: n.deliverAt.toISOString(), read: Boolean(n.readAt),
    urgent: n.urgent, entity: n.entity, entityId: n.entityId,
  }));
}

export async function markNotificationRead(ctx: Ctx, id: string) {
  if (!ctx.actor.employeeId || !(await repo.markRead(ctx.engine.db, ctx.organizationId, ctx.actor.employeeId, id, ctx.clock.now()))) throw notFound('Comunicazione');
  return { ok: true as const };
}

/**
 * A manager, director or HR writes to their people (in-app and e-mail). Art. 13: held outside the
 * working window unless marked urgent with a reason; the override is audited.
 */
export async function sendMessage(ctx: Ctx, input: z.infer<typeof messageBody>) {
  if (!hasRole(ctx.actor, 'manager', 'director', 'hr')) throw forbidden('Scrivono ai dipendenti i dirigenti, i direttori e le Risorse umane');
  return transaction(ctx, async (tx) => {
    const scope = await visibleScope(tx, ctx);
    const outside = scope === 'all' ? [] : input.employeeIds.filter((id) => !scope.employeeIds?.includes(id));
    if (outside.length) throw forbidden('Puoi scrivere soltanto alle persone delle tue strutture');
    const result = await notify(
      tx,
      ctx,
      input.employeeIds.map((employeeId) => ({ employeeId, kind: 'message', title: input.title, body: input.body, email: true })),
      { urgent: input.urgent, urgentReason: input.urgentReason },
    );
    await audit(tx, ctx, {
      action: input.urgent ? 'notification.urgent' : 'notification.sent', entity: 'notification', entityId: null,
      after: { recipients: input.employeeIds.length, title: input.title, deliverAt: result.deliverAt.toISOString() }, reason: input.urgent ? input.urgentReason : null,
    });
    return { sent: input.employeeIds.length, held: result.held, deliverAt: result.deliverAt.toISOString() };
  });
}
