import crypto from 'node:crypto';
import type { z } from 'zod';
import type { deskBody, deskPatch, siteBody, sitePatch, siteQuery } from '../../../contracts/workplaces.js';
import { hasRole } from '../../../platform/actor.js';
import { audit } from '../../../platform/audit.js';
import { transaction, type Ctx } from '../../../platform/context.js';
import { addDays, daysBetween } from '../../../platform/dates.js';
import type { Db } from '../../../platform/db/engine.js';
import { DomainError, notFound } from '../../../platform/errors.js';
import { regulationFor } from '../../organization/services/settings.js';
import { nearness } from './nearness.js';
import { LIVE_BOOKING_STATUSES } from '../domain/kinds.js';
import { assertSite, isAgileWorkPlace, isSiteOpen, type SiteKind } from '../domain/site.js';
import * as bookingsRepo from '../repositories/bookings.js';
import * as repo from '../repositories/sites.js';
import { assertManagesSites, canManageSites } from './access.js';

type SiteInput = z.infer<typeof siteBody>;

function valuesOf(input: SiteInput): repo.SiteValues {
  return {
    kind: input.kind, name: input.name, address: input.address, municipality: input.municipality, municipio: input.municipio, latitude: input.latitude, longitude: input.longitude,
    openingDays: [...new Set(input.openingDays)].sort(), opens: input.opens, closes: input.closes, accessible: input.accessible, accessibilityNotes: input.accessibilityNotes,
    contact: input.contact, securityChecked: input.securityChecked, badgeAccess: input.badgeAccess, accessProtocol: input.accessProtocol, privateRoom: input.privateRoom,
    conventionReference: input.convention?.reference ?? null, conventionFrom: input.convention?.from ?? null, conventionTo: input.convention?.to ?? null,
    reservedDesks: input.convention?.reservedDesks ?? null, active: input.active,
  };
}

function inputOf(s: repo.SiteRow): SiteInput {
  return {
    kind: s.kind as SiteKind, name: s.name, address: s.address, municipality: s.municipality, municipio: s.municipio, latitude: s.latitude, longitude: s.longitude,
    openingDays: s.openingDays, opens: s.opens, closes: s.closes, accessible: s.accessible, accessibilityNotes: s.accessibilityNotes, contact: s.contact,
    securityChecked: s.securityChecked, badgeAccess: s.badgeAccess, accessProtocol: s.accessProtocol, privateRoom: s.privateRoom,
    convention: s.conventionReference && s.conventionFrom ? { reference: s.conventionReference, from: s.conventionFrom, to: s.conventionTo, reservedDesks: s.reservedDesks } : null,
    active: s.active,
  };
}

const check = (input: SiteInput) =>
  assertSite({ kind: input.kind, opens: input.opens, closes: input.closes, openingDays: input.openingDays, conventionReference: input.convention?.reference, conventionFrom: input.convention?.from, conventionTo: input.convention?.to });

type Counts = Map<string, { desks: number; bookable: number; taken: number }>;

function siteOut(s: repo.SiteRow, counts: Counts, extra: { distanceKm?: number | null; date?: string; patronDay?: string | null } = {}) {
  const c = counts.get(s.id) ?? { desks: 0, bookable: 0, taken: 0 };
  const open = extra.date ? isSiteOpen({ ...s, kind: s.kind as SiteKind }, extra.date, extra.patronDay ?? null) : null;
  return {
    id: s.id, ...inputOf(s), agileWorkPlace: isAgileWorkPlace(s.kind as SiteKind), desks: c.desks, bookableDesks: c.bookable,
    distanceKm: extra.distanceKm ?? null, freeDesks: extra.date ? (open ? Math.max(0, c.bookable - c.taken) : 0) : null, open,
  };
}

async function countsOf(db: Db, ctx: Ctx, date: string | null): Promise<Counts> {
  return new Map((await repo.deskCounts(db, ctx.organizationId, date)).map((r) => [r.site_id, { desks: r.desks, bookable: r.bookable, taken: r.taken }]));
}

/** "Prenota una postazione": sites by distance from a municipality, with the free desks of a day. */
export async function listSites(ctx: Ctx, q: z.infer<typeof siteQuery>) {
  const db = ctx.engine.db;
  const [rows, counts, { patronDay }] = await Promise.all([repo.listSites(db, ctx.organizationId, q.kind), countsOf(db, ctx, q.date ?? null), regulationFor(db, ctx.organizationId)]);
  const distance = q.near ? nearness(q.near) : null;
  if (q.near && !distance) throw new DomainError('VALIDATION_FAILED', `Comune non riconosciuto: "${q.near}"`, 'near', [{ field: 'near', detail: 'Comune non trovato' }]);
  const items = rows
    .filter((s) => s.active || q.includeInactive)
    .map((s) => siteOut(s, counts, { distanceKm: distance ? distance(s) : null, date: q.date, patronDay }));
  if (distance) items.sort((a, b) => a.distanceKm! - b.distanceKm! || a.name.localeCompare(b.name, 'it'));
  return items;
}

export async function loadSite(db: Db, ctx: Ctx, id: string) {
  const s = await repo.getSite(db, ctx.organizationId, id);
  if (!s) throw notFound('Sede');
  return s;
}

export async function getSite(ctx: Ctx, id: string) {
  const s = await loadSite(ctx.engine.db, ctx, id);
  return siteOut(s, await countsOf(ctx.engine.db, ctx, null));
}

export async function createSite(ctx: Ctx, input: SiteInput) {
  check(input);
  return transaction(ctx, async (tx) => {
    await assertManagesSites(tx, ctx, input.kind);
    const row = await repo.insertSite(tx, ctx.organizationId, valuesOf(input));
    await audit(tx, ctx, { action: 'site.created', entity: 'site', entityId: row.id, after: { name: row.name, kind: row.kind } });
    return siteOut(row, new Map());
  });
}

export async function updateSite(ctx: Ctx, id: string, patch: z.infer<typeof sitePatch>) {
  return transaction(ctx, async (tx) => {
    const before = await loadSite(tx, ctx, id);
    await assertManagesSites(tx, ctx, before.kind as SiteKind);
    const merged = { ...inputOf(before), ...patch } as SiteInput;
    if (patch.kind && patch.kind !== before.kind) await assertManagesSites(tx, ctx, patch.kind);
    check(merged);
    const after = await repo.updateSite(tx, ctx.organizationId, id, valuesOf(merged), ctx.clock.now());
    await audit(tx, ctx, { action: 'site.updated', entity: 'site', entityId: id, before: inputOf(before), after: inputOf(after) });
    return siteOut(after, await countsOf(tx, ctx, null));
  });
}

async function deskOut(db: Db, ctx: Ctx, d: repo.DeskRow, site: repo.SiteRow) {
  // Whoever manages the site prints its QR codes: Facilities, HR, and the director of economic development for conventions.
  const manager = hasRole(ctx.actor, 'facilities', 'hr', 'admin', 'director') && (await canManageSites(db, ctx, site.kind as SiteKind));
  return { id: d.id, siteId: d.siteId, label: d.label, floor: d.floor, room: d.room, equipment: d.equipment, bookable: d.bookable, checkInCode: manager ? d.checkInCode : null };
}

export async function listDesks(ctx: Ctx, siteId: string) {
  const db = ctx.engine.db;
  const site = await loadSite(db, ctx, siteId);
  return Promise.all((await repo.desksOf(db, ctx.organizationId, siteId)).map((d) => deskOut(db, ctx, d, site)));
}

const duplicateLabel = (error: unknown) => (error as { code?: string; cause?: { code?: string } }).code === '23505' || (error as { cause?: { code?: string } }).cause?.code === '23505';

export async function createDesk(ctx: Ctx, siteId: string, input: z.infer<typeof deskBody>) {
  return transaction(ctx, async (tx) => {
    const site = await loadSite(tx, ctx, siteId);
    await assertManagesSites(tx, ctx, site.kind as SiteKind);
    if ((await repo.desksOf(tx, ctx.organizationId, siteId)).some((d) => d.label === input.label))
      throw new DomainError('DUPLICATE_CODE', `La sede ha già una postazione "${input.label}"`, 'label');
    const row = await repo.insertDesk(tx, ctx.organizationId, { siteId, ...input, checkInCode: crypto.randomBytes(9).toString('base64url') });
    await audit(tx, ctx, { action: 'desk.created', entity: 'desk', entityId: row.id, after: { siteId, label: row.label } });
    return deskOut(tx, ctx, row, site);
  }).catch((error: unknown) => {
    if (duplicateLabel(error)) throw new DomainError('DUPLICATE_CODE', `La sede ha già una postazione "${input.label}"`, 'label');
    throw error;
  });
}

export async function updateDesk(ctx: Ctx, id: string, patch: z.infer<typeof deskPatch>) {
  return transaction(ctx, async (tx) => {
    const desk = await repo.getDesk(tx, ctx.organizationId, id);
    if (!desk) throw notFound('Postazione');
    const site = await loadSite(tx, ctx, desk.siteId);
    await assertManagesSites(tx, ctx, site.kind as SiteKind);
    const after = await repo.updateDesk(tx, ctx.organizationId, id, patch, ctx.clock.now());
    await audit(tx, ctx, { action: 'desk.updated', entity: 'desk', entityId: id, before: { label: desk.label, bookable: desk.bookable }, after: { label: after.label, bookable: after.bookable } });
    return deskOut(tx, ctx, after, site);
  });
}

/** A site's week (or any span up to 31 days): per day and per desk, what is free. */
export async function availability(ctx: Ctx, siteId: string, from: string, to: string) {
  if (to < from || daysBetween(from, to) > 31) throw new DomainError('VALIDATION_FAILED', 'Indica un periodo di al massimo 31 giorni', 'to', [{ field: 'to', detail: 'Periodo non valido' }]);
  const db = ctx.engine.db;
  const site = await loadSite(db, ctx, siteId);
  const [desks, taken, { patronDay }] = await Promise.all([
    repo.desksOf(db, ctx.organizationId, siteId),
    bookingsRepo.listBookings(db, ctx.organizationId, { siteId, from, to, statuses: [...LIVE_BOOKING_STATUSES] }),
    regulationFor(db, ctx.organizationId),
  ]);
  const dates: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) dates.push(d);
  const openOn = new Map(dates.map((d) => [d, isSiteOpen({ ...site, kind: site.kind as SiteKind }, d, patronDay)]));
  const key = (deskId: string, date: string) => `${deskId}:${date}`;
  const byKey = new Map(taken.map((t) => [key(t.b.deskId, t.b.date), t.b.employeeId]));
  const bookable = desks.filter((d) => d.bookable);
  return {
    siteId, from, to,
    days: dates.map((date) => {
      const booked = bookable.filter((d) => byKey.has(key(d.id, date))).length;
      const open = openOn.get(date)!;
      return { date, open, bookable: bookable.length, booked, free: open ? bookable.length - booked : 0 };
    }),
    desks: desks.map((d) => ({
      id: d.id, label: d.label, bookable: d.bookable,
      days: dates.map((date) => ({ date, taken: byKey.has(key(d.id, date)), mine: byKey.get(key(d.id, date)) === ctx.actor.employeeId })),
    })),
  };
}
