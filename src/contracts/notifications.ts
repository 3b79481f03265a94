import { z } from 'zod';
import { month } from './agile-days.js';
import { uuid } from './common.js';

const text = (max: number) => z.string().trim().min(1, { message: 'Campo obbligatorio' }).max(max);

export const notificationsOut = z.array(
  z.object({ id: uuid, kind: z.string(), title: z.string(), body: z.string(), createdAt: z.string(), read: z.boolean(), urgent: z.boolean(), entity: z.string().nullable(), entityId: z.string().nullable() }),
);

export const messageBody = z
  .object({
    employeeIds: z.array(uuid).min(1).max(500),
    title: text(200),
    body: text(4000),
    urgent: z.boolean().default(false),
    urgentReason: z.string().trim().max(2000).nullable().optional(),
  })
  .strict();
export const messageOut = z.object({ sent: z.number().int(), held: z.number().int(), deliverAt: z.string() });

export const disconnectionQuery = z.object({ month: month.optional() }).strict();
export const disconnectionOut = z.object({
  month: z.string(),
  window: z.object({ start: z.string(), end: z.string() }),
  rows: z.array(
    z.object({
      directorateId: uuid,
      code: z.string(),
      name: z.string(),
      notifications: z.number().int(),
      held: z.number().int(),
      urgent: z.number().int(),
      actions: z.number().int(),
      actionsOutsideWindow: z.number().int(),
    }),
  ),
});
