import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import * as c from '../../contracts/workplaces.js';
import { idParams } from '../../contracts/common.js';
import { ctxOf } from '../../platform/http/auth.js';
import { problems, type AppDeps } from '../../platform/http/route-kit.js';
import * as bookings from './services/bookings.js';
import * as equipment from './services/equipment.js';
import { equipmentReport, workplacesReport } from './services/figures.js';
import * as sites from './services/sites.js';
import { municipalities } from './reference/municipalities.js';

export function workplacesRoutes(deps: AppDeps) {
  return async function (app: FastifyInstance) {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const ctx = (req: Parameters<typeof ctxOf>[0]) => ctxOf(req, deps);
    const tags = { sites: ['Sedi e postazioni'], equipment: ['Dotazioni'] };

    r.get('/sites', { schema: { tags: tags.sites, summary: 'Sedi, per distanza dal comune indicato e con le postazioni libere del giorno', querystring: c.siteQuery, response: { 200: z.array(c.siteOut), ...problems() } } }, (req) =>
      sites.listSites(ctx(req), req.query),
    );
    r.get('/municipalities', { schema: { tags: tags.sites, summary: 'Comuni italiani (elenco ISTAT) per nome, per scegliere da dove cercare le sedi', querystring: c.municipalityQuery, response: { 200: z.array(c.municipalityOut), ...problems() } } }, (req) =>
      municipalities().search(req.query.q, 20),
    );
    r.post('/sites', { schema: { tags: tags.sites, body: c.siteBody, response: { 201: c.siteOut, ...problems(422) } } }, async (req, reply) => reply.status(201).send(await sites.createSite(ctx(req), req.body)));
    r.get('/sites/:id', { schema: { tags: tags.sites, params: idParams, response: { 200: c.siteOut, ...problems(404) } } }, (req) => sites.getSite(ctx(req), req.params.id));
    r.patch('/sites/:id', { schema: { tags: tags.sites, params: idParams, body: c.sitePatch, response: { 200: c.siteOut, ...problems(404, 422) } } }, (req) => sites.updateSite(ctx(req), req.params.id, req.body));
    r.get('/sites/:id/desks', { schema: { tags: tags.sites, params: idParams, response: { 200: z.array(c.deskOut), ...problems(404) } } }, (req) => sites.listDesks(ctx(req), req.params.id));
    r.post('/sites/:id/desks', { schema: { tags: tags.sites, params: idParams, body: c.deskBody, response: { 201: c.deskOut, ...problems(404, 409) } } }, async (req, reply) =>
      reply.status(201).send(await sites.createDesk(ctx(req), req.params.id, req.body)),
    );
    r.patch('/desks/:id', { schema: { tags: tags.sites, params: idParams, body: c.deskPatch, response: { 200: c.deskOut, ...problems(404) } } }, (req) => sites.updateDesk(ctx(req), req.params.id, req.body));
    r.get('/sites/:id/availability', { schema: { tags: tags.sites, summary: 'Postazioni libere giorno per giorno', params: idParams, querystring: c.availabilityQuery, response: { 200: c.availabilityOut, ...problems(404) } } }, (req) =>
      sites.availability(ctx(req), req.params.id, req.query.from, req.query.to),
    );

    r.post('/bookings', { schema: { tags: tags.sites, summary: 'Prenotazione di una postazione per l’intera giornata (art. 15.3–15.4)', body: c.bookingBody, response: { 201: c.bookingOut, ...problems(404, 409, 422) } } }, async (req, reply) =>
      reply.status(201).send(await bookings.book(ctx(req), req.body)),
    );
    r.get('/bookings', { schema: { tags: tags.sites, querystring: c.bookingQuery, response: { 200: z.array(c.bookingOut), ...problems() } } }, (req) => bookings.listBookings(ctx(req), req.query));
    r.post('/bookings/:id/cancellation', { schema: { tags: tags.sites, params: idParams, response: { 200: c.bookingOut, ...problems(404, 409, 422) } } }, (req) => bookings.cancelBooking(ctx(req), req.params.id));
    r.post('/bookings/:id/check-in', { schema: { tags: tags.sites, summary: 'Check-in all’arrivo (codice QR della postazione o pulsante)', params: idParams, body: c.checkInBody.optional(), response: { 200: c.bookingOut, ...problems(404, 409, 422) } } }, (req) =>
      bookings.checkIn(ctx(req), req.params.id, req.body?.code),
    );

    r.get('/equipment', { schema: { tags: tags.equipment, querystring: c.equipmentQuery, response: { 200: z.array(c.equipmentOut), ...problems() } } }, (req) => equipment.listEquipment(ctx(req), req.query));
    r.post('/equipment', { schema: { tags: tags.equipment, body: c.equipmentBody, response: { 201: c.equipmentOut, ...problems(409) } } }, async (req, reply) =>
      reply.status(201).send(await equipment.createEquipment(ctx(req), req.body)),
    );
    r.patch('/equipment/:id', { schema: { tags: tags.equipment, params: idParams, body: c.equipmentPatch, response: { 200: c.equipmentOut, ...problems(404, 409) } } }, (req) => equipment.updateEquipment(ctx(req), req.params.id, req.body));
    r.post('/equipment/:id/assignment', { schema: { tags: tags.equipment, summary: 'Consegna a un dipendente (art. 14.1)', params: idParams, body: c.assignmentBody, response: { 200: c.equipmentOut, ...problems(404, 409) } } }, (req) =>
      equipment.assignEquipment(ctx(req), req.params.id, req.body),
    );
    r.post('/equipment/:id/return', { schema: { tags: tags.equipment, params: idParams, body: c.returnBody, response: { 200: c.equipmentOut, ...problems(404, 409) } } }, (req) =>
      equipment.returnEquipment(ctx(req), req.params.id, req.body),
    );
    r.get('/equipment-assignments/:id/receipt.pdf', { schema: { tags: tags.equipment, summary: 'Ricevuta di consegna in PDF', params: idParams } }, async (req, reply) => {
      const { buffer, filename } = await equipment.receiptPdf(ctx(req), req.params.id);
      return reply.type('application/pdf').header('content-disposition', `inline; filename="${filename}"`).send(buffer);
    });
    r.post('/equipment-assignments/:id/acknowledgement', { schema: { tags: tags.equipment, summary: 'Il dipendente conferma la ricevuta', params: idParams, response: { 200: c.equipmentOut, ...problems(404, 409) } } }, (req) =>
      equipment.acknowledgeReceipt(ctx(req), req.params.id),
    );
    r.get('/employees/:id/own-devices', { schema: { tags: tags.equipment, params: idParams, response: { 200: c.ownDevicesOut, ...problems(404) } } }, (req) => equipment.getOwnDevices(ctx(req), req.params.id));
    r.put('/employees/:id/own-devices', { schema: { tags: tags.equipment, summary: 'Dispositivi personali e presa visione della policy (art. 14.2, azione 6.2.1)', params: idParams, body: c.ownDevicesBody, response: { 200: c.ownDevicesOut, ...problems(404, 422) } } }, (req) =>
      equipment.setOwnDevices(ctx(req), req.params.id, req.body),
    );

    r.get('/reports/workplaces', { schema: { tags: tags.sites, summary: 'Indicatori 2.1–2.2 e occupazione delle postazioni', querystring: c.workplacesReportQuery, response: { 200: c.workplacesReportOut, ...problems() } } }, (req) =>
      workplacesReport(ctx(req), req.query.from, req.query.to),
    );
    r.get('/reports/equipment', { schema: { tags: tags.equipment, summary: 'Indicatori 6.1 e (A): dotazioni, licenze VDI, dispositivi personali', response: { 200: c.equipmentReportOut, ...problems() } } }, (req) => equipmentReport(ctx(req)));
  };
}
