import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import * as c from '../../contracts/notifications.js';
import { idParams, ok } from '../../contracts/common.js';
import { ctxOf } from '../../platform/http/auth.js';
import { problems, type AppDeps } from '../../platform/http/route-kit.js';
import { markNotificationRead, myNotifications, sendMessage } from './services/inbox.js';
import { disconnectionReport } from './services/report.js';

export function notificationsRoutes(deps: AppDeps) {
  return async function (app: FastifyInstance) {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const ctx = (req: Parameters<typeof ctxOf>[0]) => ctxOf(req, deps);
    const tags = ['Comunicazioni'];
    r.get('/notifications', { schema: { tags, summary: 'Le mie comunicazioni consegnate (art. 13)', response: { 200: c.notificationsOut, ...problems() } } }, (req) => myNotifications(ctx(req)));
    r.post('/notifications', { schema: { tags, summary: 'Messaggio ai dipendenti (trattenuto fuori fascia salvo urgenza, art. 13)', body: c.messageBody, response: { 201: c.messageOut, ...problems(422) } } }, async (req, reply) =>
      reply.status(201).send(await sendMessage(ctx(req), req.body)),
    );
    r.post('/notifications/:id/read', { schema: { tags, params: idParams, response: { 200: ok, ...problems(404) } } }, (req) => markNotificationRead(ctx(req), req.params.id));
    r.get('/reports/disconnection', { schema: { tags, summary: 'Diritto alla disconnessione: rapporto per Direzione e mese (art. 13.4)', querystring: c.disconnectionQuery, response: { 200: c.disconnectionOut, ...problems() } } }, (req) =>
      disconnectionReport(ctx(req), req.query.month),
    );
  };
}
