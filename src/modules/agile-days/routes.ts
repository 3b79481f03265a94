import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import * as c from '../../contracts/agile-days.js';
import { idParams, ok } from '../../contracts/common.js';
import { monthOf } from '../../platform/dates.js';
import { ctxOf } from '../../platform/http/auth.js';
import { problems, type AppDeps } from '../../platform/http/route-kit.js';
import * as bank from './services/bank.js';
import { myMonth, setRotation, unitCalendar } from './services/calendars.js';
import * as days from './services/days.js';
import * as extensions from './services/extensions.js';
import { agileDaysIcs, calendarTokenInfo, exportAgileDays, exportCsv, newCalendarToken } from './services/integration.js';
import { employeeQuota, quotasReport } from './services/quota.js';
import * as webhooks from './services/webhooks.js';

export function agileDaysRoutes(deps: AppDeps) {
  return async function (app: FastifyInstance) {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const ctx = (req: Parameters<typeof ctxOf>[0]) => ctxOf(req, deps);
    const tags = { days: ['Giornate di lavoro agile'], bank: ['Banca delle giornate'], integration: ['Integrazioni'] };
    const thisMonth = () => monthOf(deps.clock.today());

    r.get('/employees/:id/quota', { schema: { tags: tags.days, summary: 'Contingente del mese (art. 7)', params: idParams, querystring: c.quotaQuery, response: { 200: c.quotaOut, ...problems(404) } } }, (req) =>
      employeeQuota(ctx(req), req.params.id, req.query.month ?? thisMonth()),
    );
    r.get('/employees/:id/calendar', { schema: { tags: tags.days, summary: '"Il mio mese": contingente e giornate', params: idParams, querystring: c.calendarQuery, response: { 200: c.myMonthOut, ...problems(404) } } }, (req) =>
      myMonth(ctx(req), req.params.id, req.query.month ?? thisMonth()),
    );
    r.post('/agile-days', { schema: { tags: tags.days, summary: 'Richiesta della giornata (art. 10.1, 11)', body: c.dayCreate, response: { 201: c.dayCreated, ...problems(404, 409, 422) } } }, async (req, reply) =>
      reply.status(201).send(await days.requestDay(ctx(req), req.body)),
    );
    r.get('/agile-days', { schema: { tags: tags.days, querystring: c.dayQuery, response: { 200: c.dayList, ...problems() } } }, (req) => days.listDays(ctx(req), req.query));
    r.post('/agile-days/:id/approval', { schema: { tags: tags.days, summary: 'Autorizzazione o diniego (art. 10.1)', params: idParams, body: c.approvalBody, response: { 200: c.dayOut, ...problems(404, 409, 422) } } }, (req) =>
      days.decideDay(ctx(req), req.params.id, req.body),
    );
    r.post('/agile-days/approvals', { schema: { tags: tags.days, summary: 'Decisione di più richieste insieme', body: c.bulkApprovalBody, response: { 200: c.bulkApprovalOut, ...problems() } } }, (req) =>
      days.decideDays(ctx(req), req.body),
    );
    r.post('/agile-days/:id/revocation', { schema: { tags: tags.days, summary: 'Revoca dell’autorizzazione (art. 10.2)', params: idParams, body: c.revocationBody, response: { 200: c.dayOut, ...problems(404, 409, 422) } } }, (req) =>
      days.revokeDay(ctx(req), req.params.id, req.body),
    );
    r.post('/agile-days/:id/cancellation', { schema: { tags: tags.days, summary: 'Annullamento da parte del dipendente (art. 10.2)', params: idParams, response: { 200: c.dayOut, ...problems(404, 409, 422) } } }, (req) =>
      days.cancelDay(ctx(req), req.params.id),
    );
    r.post('/agile-days/:id/verification', { schema: { tags: tags.days, summary: 'Verifica dei risultati (art. 11.2, 19)', params: idParams, body: c.verificationBody, response: { 200: c.dayOut, ...problems(404, 409, 422) } } }, (req) =>
      days.verifyDay(ctx(req), req.params.id, req.body),
    );

    r.post('/extensions', { schema: { tags: tags.days, summary: 'Estensione per criteri di priorità (art. 7.2–7.3)', body: c.extensionCreate, response: { 201: c.extensionOut, ...problems(404, 422) } } }, async (req, reply) =>
      reply.status(201).send(await extensions.requestExtension(ctx(req), req.body)),
    );
    r.get('/extensions', { schema: { tags: tags.days, querystring: c.extensionQuery, response: { 200: z.array(c.extensionOut), ...problems() } } }, (req) => extensions.listExtensions(ctx(req), req.query));
    r.post('/extensions/:id/decision', { schema: { tags: tags.days, summary: 'Autorizzazione del Direttore (art. 7.4)', params: idParams, body: c.extensionDecisionBody, response: { 200: c.extensionOut, ...problems(404, 409, 422) } } }, (req) =>
      extensions.decideExtension(ctx(req), req.params.id, req.body),
    );

    r.get('/directorates/:id/bank', { schema: { tags: tags.bank, summary: 'Banca delle giornate del mese (art. 7.8)', params: idParams, querystring: c.bankQuery, response: { 200: c.bankOut, ...problems(404) } } }, (req) =>
      bank.getBank(ctx(req), req.params.id, req.query.month ?? thisMonth()),
    );
    r.post('/bank/releases', { schema: { tags: tags.bank, summary: 'Cessione di giornate non utilizzate', body: c.bankReleaseBody, response: { 201: c.bankReleaseOut, ...problems(404, 422) } } }, async (req, reply) =>
      reply.status(201).send(await bank.releaseDays(ctx(req), req.body)),
    );
    r.post('/bank/requests', { schema: { tags: tags.bank, summary: 'Richiesta di giornate aggiuntive', body: c.bankRequestBody, response: { 201: c.bankRequestOut, ...problems(404, 422) } } }, async (req, reply) =>
      reply.status(201).send(await bank.requestBankDays(ctx(req), req.body)),
    );
    r.post('/bank/requests/:id/decision', { schema: { tags: tags.bank, params: idParams, body: c.bankDecisionBody, response: { 200: c.bankRequestOut, ...problems(404, 409, 422) } } }, (req) =>
      bank.decideBankRequest(ctx(req), req.params.id, req.body),
    );
    r.post('/directorates/:id/bank/allocation', { schema: { tags: tags.bank, summary: 'Assegnazione per priorità (art. 7.2–7.3, 7.8)', params: idParams, querystring: c.bankAllocationQuery, response: { 200: c.bankAllocationOut, ...problems(404) } } }, (req) =>
      bank.allocate(ctx(req), req.params.id, req.query.month),
    );

    r.put('/units/:id/rotation', { schema: { tags: tags.days, summary: 'Rotazione: massimo di persone in lavoro agile nello stesso giorno (art. 7.4)', params: idParams, body: c.rotationBody, response: { 200: c.rotationOut, ...problems(404) } } }, (req) =>
      setRotation(ctx(req), req.params.id, req.body.maxAgilePerDay),
    );
    r.get('/units/:id/calendar', { schema: { tags: tags.days, summary: 'Calendario dell’unità', params: idParams, querystring: c.calendarQuery, response: { 200: c.unitCalendarOut, ...problems(404) } } }, (req) =>
      unitCalendar(ctx(req), req.params.id, req.query.month ?? thisMonth()),
    );
    r.get('/reports/quotas', { schema: { tags: tags.days, summary: 'Contingenti del mese di tutti i dipendenti', querystring: c.quotasReportQuery, response: { 200: c.quotasReportOut, ...problems() } } }, (req) =>
      quotasReport(ctx(req), req.query.month ?? thisMonth(), req.query.directorateId),
    );

    r.get('/employees/:id/calendar-token', { schema: { tags: tags.integration, params: idParams, response: { 200: z.object({ exists: z.boolean(), createdAt: z.string().nullable() }), ...problems() } } }, (req) =>
      calendarTokenInfo(ctx(req), req.params.id),
    );
    r.post('/employees/:id/calendar-token', { schema: { tags: tags.integration, summary: 'Nuovo indirizzo privato del calendario (sostituisce il precedente)', params: idParams, response: { 201: c.calendarTokenOut, ...problems() } } }, async (req, reply) =>
      reply.status(201).send(await newCalendarToken(ctx(req), req.params.id, `${req.protocol}://${req.host}`)),
    );
    r.get('/employees/:id/agile-days.ics', { schema: { tags: tags.integration, summary: 'Calendario iCalendar delle giornate (token privato)', params: idParams, querystring: c.icsQuery, security: [] } }, async (req, reply) =>
      reply.type('text/calendar; charset=utf-8').header('cache-control', 'private, max-age=300').send(await agileDaysIcs(deps.engine, req.params.id, req.query.token, deps.clock.today())),
    );
    r.get('/exports/agile-days', { schema: { tags: tags.integration, summary: 'Giornate autorizzate del mese per il sistema presenze (art. 10.1)', querystring: c.exportQuery, response: { 200: c.exportOut, ...problems() } } }, async (req, reply) => {
      const rows = await exportAgileDays(ctx(req), req.query.month);
      if (req.query.format === 'json') return rows;
      return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="lavoro-agile-${req.query.month}.csv"`).send(exportCsv(rows) as never);
    });
    r.get('/webhooks', { schema: { tags: tags.integration, response: { 200: z.array(c.webhookOut), ...problems() } } }, (req) => webhooks.listWebhooks(ctx(req)));
    r.post('/webhooks', { schema: { tags: tags.integration, summary: 'Webhook firmato HMAC-SHA256 a ogni cambiamento di una giornata', body: c.webhookCreate, response: { 201: c.webhookCreated, ...problems() } } }, async (req, reply) =>
      reply.status(201).send(await webhooks.createWebhook(ctx(req), req.body)),
    );
    r.delete('/webhooks/:id', { schema: { tags: tags.integration, params: idParams, response: { 200: ok, ...problems(404) } } }, (req) => webhooks.deleteWebhook(ctx(req), req.params.id));
  };
}
