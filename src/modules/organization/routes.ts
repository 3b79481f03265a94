import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParams } from '../../contracts/common.js';
import * as c from '../../contracts/organization.js';
import { listAudit } from '../../platform/audit.js';
import { ctxOf } from '../../platform/http/auth.js';
import { problems, type AppDeps } from '../../platform/http/route-kit.js';
import { DomainError } from '../../platform/errors.js';
import * as circumstances from './services/circumstances.js';
import * as employees from './services/employees.js';
import { importEmployees } from './services/import.js';
import * as settings from './services/settings.js';
import * as structure from './services/structure.js';
import * as users from './services/users.js';

export function organizationRoutes(deps: AppDeps) {
  return async function (app: FastifyInstance) {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const ctx = (req: Parameters<typeof ctxOf>[0]) => ctxOf(req, deps);

    r.get('/organization', { schema: { tags: ['Ente'], summary: 'Dati e regolamento dell’ente', response: { 200: c.organizationOut, ...problems() } } }, (req) =>
      settings.getOrganization(ctx(req)),
    );
    r.patch('/organization', { schema: { tags: ['Ente'], summary: 'Modifica dati e regolamento (hr, admin)', body: c.organizationPatch, response: { 200: c.organizationOut, ...problems() } } }, (req) =>
      settings.updateOrganization(ctx(req), req.body),
    );

    r.get('/directorates', { schema: { tags: ['Struttura'], summary: 'Direzioni', response: { 200: z.array(c.directorateOut), ...problems() } } }, (req) =>
      structure.listDirectorates(ctx(req)),
    );
    r.post('/directorates', { schema: { tags: ['Struttura'], body: c.directorateCreate, response: { 201: c.directorateOut, ...problems(409) } } }, async (req, reply) =>
      reply.status(201).send(await structure.createDirectorate(ctx(req), req.body)),
    );
    r.get('/directorates/:id', { schema: { tags: ['Struttura'], params: idParams, response: { 200: c.directorateOut, ...problems(404) } } }, (req) =>
      structure.getDirectorate(ctx(req), req.params.id),
    );
    r.patch('/directorates/:id', { schema: { tags: ['Struttura'], params: idParams, body: c.directoratePatch, response: { 200: c.directorateOut, ...problems(404, 409) } } }, (req) =>
      structure.updateDirectorate(ctx(req), req.params.id, req.body),
    );

    r.get('/units', { schema: { tags: ['Struttura'], summary: 'Unità organizzative', querystring: c.unitQuery, response: { 200: z.array(c.unitOut), ...problems() } } }, (req) =>
      structure.listUnits(ctx(req), req.query.directorateId),
    );
    r.post('/units', { schema: { tags: ['Struttura'], body: c.unitCreate, response: { 201: c.unitOut, ...problems(409) } } }, async (req, reply) =>
      reply.status(201).send(await structure.createUnit(ctx(req), req.body)),
    );
    r.get('/units/:id', { schema: { tags: ['Struttura'], params: idParams, response: { 200: c.unitOut, ...problems(404) } } }, (req) =>
      structure.getUnit(ctx(req), req.params.id),
    );
    r.patch('/units/:id', { schema: { tags: ['Struttura'], params: idParams, body: c.unitPatch, response: { 200: c.unitOut, ...problems(404, 409) } } }, (req) =>
      structure.updateUnit(ctx(req), req.params.id, req.body),
    );

    r.get('/employees', { schema: { tags: ['Dipendenti'], summary: 'Dipendenti visibili a chi chiede', querystring: c.employeeQuery, response: { 200: c.employeeList, ...problems() } } }, (req) =>
      employees.listEmployees(ctx(req), req.query),
    );
    r.post('/employees', { schema: { tags: ['Dipendenti'], body: c.employeeInput, response: { 201: c.employeeOut, ...problems(409, 422) } } }, async (req, reply) =>
      reply.status(201).send(await employees.createEmployee(ctx(req), req.body)),
    );
    r.get('/employees/:id', { schema: { tags: ['Dipendenti'], params: idParams, response: { 200: c.employeeOut, ...problems(404) } } }, (req) =>
      employees.getEmployee(ctx(req), req.params.id),
    );
    r.patch('/employees/:id', { schema: { tags: ['Dipendenti'], params: idParams, body: c.employeePatch, response: { 200: c.employeeOut, ...problems(404, 409, 422) } } }, (req) =>
      employees.updateEmployee(ctx(req), req.params.id, req.body),
    );
    r.get('/employees/:id/unit-history', { schema: { tags: ['Dipendenti'], summary: 'Storico delle assegnazioni alle unità', params: idParams, response: { 200: c.unitHistoryOut, ...problems(404) } } }, (req) =>
      employees.employeeUnitHistory(ctx(req), req.params.id),
    );
    r.get('/employees/:id/circumstances', { schema: { tags: ['Dipendenti'], summary: 'Situazioni personali tutelate (solo hr; ogni lettura è registrata)', params: idParams, response: { 200: c.circumstances, ...problems(404) } } }, (req) =>
      circumstances.readCircumstances(ctx(req), req.params.id),
    );
    r.put('/employees/:id/circumstances', { schema: { tags: ['Dipendenti'], params: idParams, body: c.circumstances, response: { 200: c.circumstances, ...problems(404) } } }, (req) =>
      circumstances.writeCircumstances(ctx(req), req.params.id, req.body),
    );

    r.post(
      '/imports/employees',
      {
        bodyLimit: deps.config.importBodyLimitBytes,
        schema: {
          tags: ['Dipendenti'],
          summary: 'Importa dipendenti da CSV (text/csv); ?partial=true scrive le righe valide, ?dryRun=true valida soltanto',
          querystring: c.importQuery,
          consumes: ['text/csv'],
          response: { 200: c.importResult, ...problems(413, 415, 422) },
        },
      },
      (req) => {
        if (typeof req.body !== 'string') throw new DomainError('UNSUPPORTED_MEDIA_TYPE', 'Invia il file come text/csv');
        const flag = (v?: string) => v === 'true' || v === '1';
        return importEmployees(ctx(req), req.body, { partial: flag(req.query.partial), dryRun: flag(req.query.dryRun) });
      },
    );

    r.get('/audit', { schema: { tags: ['Registro'], summary: 'Registro delle modifiche (hr, admin)', querystring: c.auditQuery, response: { 200: c.auditOut, ...problems() } } }, async (req) => {
      const context = ctx(req);
      structure.authorize(context, 'audit.read');
      const rows = await listAudit(deps.engine.db, context.organizationId, req.query);
      return {
        items: rows.map((a) => ({ id: a.id, at: a.at.toISOString(), actor: a.actorLabel, action: a.action, entity: a.entity, entityId: a.entityId, before: a.before, after: a.after, reason: a.reason })),
      };
    });

    r.get('/users', { schema: { tags: ['Utenti'], querystring: c.userQuery, response: { 200: c.userList, ...problems() } } }, (req) => users.listUsers(ctx(req), req.query));
    r.post('/users', { schema: { tags: ['Utenti'], body: c.userCreate, response: { 201: c.userOut, ...problems(409) } } }, async (req, reply) =>
      reply.status(201).send(await users.createUser(ctx(req), req.body)),
    );
    r.patch('/users/:id', { schema: { tags: ['Utenti'], params: idParams, body: c.userPatch, response: { 200: c.userOut, ...problems(404) } } }, (req) =>
      users.updateUser(ctx(req), req.params.id, req.body),
    );
  };
}
