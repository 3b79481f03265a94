import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import * as c from '../../contracts/agreements.js';
import { idParams } from '../../contracts/common.js';
import { ctxOf } from '../../platform/http/auth.js';
import { problems, type AppDeps } from '../../platform/http/route-kit.js';
import * as activities from './services/activities.js';
import * as agreements from './services/agreements.js';
import * as annexes from './services/annexes.js';
import * as applications from './services/applications.js';
import { contingents, contingentsCsv, contingentsXlsx } from './services/contingents.js';
import { agreementPdf } from './services/document.js';
import * as ending from './services/ending.js';

export function agreementsRoutes(deps: AppDeps) {
  return async function (app: FastifyInstance) {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const ctx = (req: Parameters<typeof ctxOf>[0]) => ctxOf(req, deps);
    const tags = { activities: ['Attività lavorabili da remoto'], applications: ['Richieste di adesione'], agreements: ['Accordi individuali'] };

    r.get('/activities', { schema: { tags: tags.activities, summary: 'Catalogo delle attività per unità e anno (art. 3)', querystring: c.activityQuery, response: { 200: z.array(c.activityOut), ...problems() } } }, (req) =>
      activities.listActivities(ctx(req), req.query),
    );
    r.post('/activities', { schema: { tags: tags.activities, body: c.activityCreate, response: { 201: c.activityOut, ...problems() } } }, async (req, reply) =>
      reply.status(201).send(await activities.createActivity(ctx(req), req.body)),
    );
    r.patch('/activities/:id', { schema: { tags: tags.activities, params: idParams, body: c.activityPatch, response: { 200: c.activityOut, ...problems(404) } } }, (req) =>
      activities.updateActivity(ctx(req), req.params.id, req.body),
    );
    r.post('/activity-years', { schema: { tags: tags.activities, summary: 'Aggiornamento annuale: copia la mappatura di un anno nel successivo', body: c.copyYearBody, response: { 201: c.copyYearOut, ...problems(404, 409) } } }, async (req, reply) =>
      reply.status(201).send(await activities.copyYear(ctx(req), req.body.from, req.body.to)),
    );
    r.get('/employees/:id/activities', { schema: { tags: tags.activities, params: idParams, querystring: c.employeeActivitiesQuery, response: { 200: c.employeeActivitiesOut, ...problems(404) } } }, (req) =>
      activities.employeeActivities(ctx(req), req.params.id, req.query.year),
    );
    r.put('/employees/:id/activities', { schema: { tags: tags.activities, summary: 'Attività del dipendente per prevalenza (quote fino al 100%)', params: idParams, querystring: c.employeeActivitiesQuery, body: c.employeeActivitiesBody, response: { 200: c.employeeActivitiesOut, ...problems(404) } } }, (req) =>
      activities.setEmployeeActivities(ctx(req), req.params.id, req.body, req.query.year),
    );
    r.get('/reports/contingents', { schema: { tags: tags.activities, summary: 'Tabella B: contingenti per direzione (json, csv, xlsx)', querystring: c.contingentsQuery, response: { 200: c.contingentsOut, ...problems() } } }, async (req, reply) => {
      const report = await contingents(ctx(req), req.query.year, req.query.compareYear);
      const name = `contingenti-${report.year}`;
      if (req.query.format === 'csv') return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${name}.csv"`).send(contingentsCsv(report) as never);
      if (req.query.format === 'xlsx')
        return reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').header('content-disposition', `attachment; filename="${name}.xlsx"`).send((await contingentsXlsx(report)) as never);
      return report;
    });

    r.post('/applications', { schema: { tags: tags.applications, summary: 'Richiesta di adesione al lavoro agile (art. 4, 6)', body: c.applicationCreate, response: { 201: c.applicationSubmitted, ...problems(409, 422) } } }, async (req, reply) =>
      reply.status(201).send(await applications.submitApplication(ctx(req), req.body)),
    );
    r.get('/applications', { schema: { tags: tags.applications, querystring: c.applicationQuery, response: { 200: c.applicationList, ...problems() } } }, (req) => applications.listApplications(ctx(req), req.query));
    r.get('/applications/:id', { schema: { tags: tags.applications, params: idParams, response: { 200: c.applicationOut, ...problems(404) } } }, (req) => applications.getApplication(ctx(req), req.params.id));
    r.post('/applications/:id/opinion', { schema: { tags: tags.applications, summary: 'Parere del dirigente (art. 6.2a)', params: idParams, body: c.opinionBody, response: { 200: c.applicationOut, ...problems(404, 409) } } }, (req) =>
      applications.giveOpinion(ctx(req), req.params.id, req.body),
    );
    r.post('/applications/:id/decision', { schema: { tags: tags.applications, summary: 'Decisione del Direttore (art. 6.2–6.3)', params: idParams, body: c.decisionBody, response: { 200: c.decisionOut, ...problems(404, 409, 422) } } }, (req) =>
      applications.decideApplication(ctx(req), req.params.id, req.body),
    );

    r.get('/agreements', { schema: { tags: tags.agreements, querystring: c.agreementQuery, response: { 200: c.agreementList, ...problems() } } }, (req) => agreements.listAgreements(ctx(req), req.query));
    r.get('/agreements/:id', { schema: { tags: tags.agreements, params: idParams, response: { 200: c.agreementDetail, ...problems(404) } } }, (req) => agreements.getAgreement(ctx(req), req.params.id));
    r.patch('/agreements/:id', { schema: { tags: tags.agreements, summary: 'Modifica la bozza (art. 8.1)', params: idParams, body: c.agreementPatch, response: { 200: c.agreementOut, ...problems(404, 409, 422) } } }, (req) =>
      agreements.updateAgreement(ctx(req), req.params.id, req.body),
    );
    r.post('/agreements/:id/signatures', { schema: { tags: tags.agreements, summary: 'Firma (il firmatario è chi ha eseguito l’accesso)', params: idParams, response: { 201: c.agreementOut, ...problems(404, 409, 422) } } }, async (req, reply) =>
      reply.status(201).send(await agreements.signAgreement(ctx(req), req.params.id)),
    );
    r.get('/agreements/:id/document.pdf', { schema: { tags: tags.agreements, summary: 'L’accordo in PDF', params: idParams } }, async (req, reply) => {
      const { buffer, filename } = await agreementPdf(ctx(req), req.params.id);
      return reply.type('application/pdf').header('content-disposition', `inline; filename="${filename}"`).send(buffer);
    });
    r.post('/agreements/:id/withdrawal', { schema: { tags: tags.agreements, summary: 'Recesso (art. 9.1–9.2)', params: idParams, body: c.withdrawalBody, response: { 200: c.agreementOut, ...problems(404, 409, 422) } } }, (req) =>
      ending.withdraw(ctx(req), req.params.id, req.body),
    );
    r.post('/agreements/:id/reactivation', { schema: { tags: tags.agreements, summary: 'Riattivazione per il periodo residuo (art. 9.3)', params: idParams, response: { 201: c.agreementOut, ...problems(404, 409) } } }, async (req, reply) =>
      reply.status(201).send(await ending.reactivate(ctx(req), req.params.id)),
    );
    r.post('/agreements/:id/revocation', { schema: { tags: tags.agreements, summary: 'Revoca d’ufficio (art. 9.4)', params: idParams, body: c.revocationBody, response: { 200: c.agreementOut, ...problems(404, 409, 422) } } }, (req) =>
      ending.revoke(ctx(req), req.params.id, req.body),
    );
    r.post('/employees/:id/transfer', { schema: { tags: tags.agreements, summary: 'Trasferimento di unità (decadenza art. 9.3)', params: idParams, body: c.transferBody, response: { 200: c.transferOut, ...problems(404) } } }, (req) =>
      ending.transfer(ctx(req), req.params.id, req.body),
    );

    r.get('/agreement-annexes', { schema: { tags: tags.agreements, summary: 'Testi degli allegati 1 e 2 (art. 8.1)', response: { 200: c.annexOut, ...problems() } } }, (req) => annexes.listAnnexes(ctx(req)));
    r.put('/agreement-annexes/:kind', { schema: { tags: tags.agreements, params: c.annexParams, body: c.annexBody, response: { 200: c.annexOut, ...problems() } } }, (req) =>
      annexes.updateAnnex(ctx(req), req.params.kind, req.body),
    );
  };
}
