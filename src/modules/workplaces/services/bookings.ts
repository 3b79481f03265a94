import type { z } from 'zod';
import type { bookingBody, bookingQuery } from '../../../contracts/workplaces.js';
import { hasRole } from '../../../platform/actor.js';
import { audit } from '../../../platform/audit.js';
import { romeTimeOf } from '../../../platform/clock.js';
import { transaction, type Ctx } from '../../../platform/context.js';
import { italianDate } from '../../../platform/dates.js';
import type { Db } from '../../../platform/db/engine.js';
import { DomainError, forbidden, notFound } from '../../../platform/errors.js';
import { notify } from '../../notifications/services/notify.js';
import { regulationFor } from '../../organization/services/settings.js';
import { assertBookable, assertBookingCancellable, assertCheckIn, type BookingStatus } from '../domain/booking.js';
import { isAgileWorkPlace, isSiteOpen, type SiteKind } from '../domain/site.js';
import * as repo from '../repositories/bookings.js';
import * as sitesRepo from '../repositories/sites.js';
import { assertEmployee } from './access.js';

type Listed = Awaited<ReturnType<typeof repo.listBookings>>[number];

const out = (r: Listed) => ({
  id: r.b.id, deskId: r.b.deskId, deskLabel: r.deskLabel, siteId: r.b.siteId, siteName: r.siteName, siteKind: r.siteKind as SiteKind, employeeId: r.b.employeeId,
  date: r.b.date, status: r.b.status as BookingStatus, agileDayId: r.b.agileDayId, bookedAt: r.b.bookedAt.toISOString(),
  cancelledAt: r.b.cancelledAt?.toISOString() ?? null, cancellationReason: r.b.cancellationReason, checkedInAt: r.b.checkedInAt?.toISOString() ?? null,
});

const unique = (error: unknown, index: string) => {
  const e = error as { code?: string; constraint?: string; cause?: { code?: string; constraint?: string } };
  const c = e.cause ?? e;
  return c.code === '23505' && (c.constraint === index || String(error).includes(index));
};

/**
 * POLA § 4.2, art. 15.3–15.4 — an employee books a desk for a whole day. The partial unique
 * indexes hold one person a desk and one desk a person whatever the races; their violations
 * come back as DESK_TAKEN and ALREADY_BOOKED.
 */
export async function book(ctx: Ctx, input: z.infer<typeof bookingBody>) {
  const employeeId = assertEmployee(ctx);
  try {
    return await transaction(ctx, async (tx) => {
      const c = await repo.bookingContext(tx, ctx.organizationId, { deskId: input.deskId, employeeId, date: input.date });
      if (!c) throw notFound('Postazione', 'deskId');
      const { desk, site } = c;
      const kind = site.kind as SiteKind;
      assertBookable({
        date: input.date, today: ctx.clock.today(), deskBookable: desk.bookable, siteKind: kind, siteOpen: isSiteOpen({ ...site, kind }, input.date, c.patronDay),
        approvedAgileDay: Boolean(c.agileDayId), deskTaken: c.deskTaken, personAlreadyBooked: c.personBooked,
      });
      const row = await repo.insertBooking(tx, ctx.organizationId, {
        deskId: desk.id, siteId: site.id, employeeId, date: input.date, status: 'booked', agileDayId: isAgileWorkPlace(kind) ? c.agileDayId : null, bookedAt: ctx.clock.now(),
      });
      await audit(tx, ctx, { action: 'booking.created', entity: 'booking', entityId: row.id, after: { desk: desk.label, site: site.name, date: row.date } });
      return out({ b: row, deskLabel: desk.label, siteName: site.name, siteKind: site.kind });
    });
  } catch (error) {
    if (unique(error, 'bookings_desk_day')) throw new DomainError('DESK_TAKEN', 'La postazione è già prenotata da un’altra persona in quella data', 'deskId');
    if (unique(error, 'bookings_person_day')) throw new DomainError('ALREADY_BOOKED', 'Hai già una postazione prenotata in quella data', 'date');
    throw error;
  }
}

async function loadOwn(tx: Db, ctx: Ctx, id: string) {
  const found = await repo.getBooking(tx, ctx.organizationId, id, true);
  if (!found) throw notFound('Prenotazione');
  if (found.b.employeeId !== ctx.actor.employeeId) throw forbidden('Soltanto chi ha prenotato può annullare o fare il check-in');
  return found;
}

export async function cancelBooking(ctx: Ctx, id: string) {
  return transaction(ctx, async (tx) => {
    const found = await loadOwn(tx, ctx, id);
    const b = found.b;
    const { regulation } = await regulationFor(tx, ctx.organizationId);
    assertBookingCancellable(b.status as BookingStatus, b.date, ctx.clock.today(), romeTimeOf(ctx.clock.now()), regulation.dayCancellationCutoff);
    const updated = await repo.updateBooking(tx, ctx.organizationId, id, { status: 'cancelled', cancelledAt: ctx.clock.now(), cancellationReason: 'Annullata dal dipendente' });
    await audit(tx, ctx, { action: 'booking.cancelled', entity: 'booking', entityId: id });
    return out({ ...found, b: updated });
  });
}

/** Check-in on arrival, with the desk's QR code or the button, so that occupancy is measured (never presence tracking). */
export async function checkIn(ctx: Ctx, id: string, code?: string) {
  return transaction(ctx, async (tx) => {
    const found = await loadOwn(tx, ctx, id);
    const b = found.b;
    const { regulation } = await regulationFor(tx, ctx.organizationId);
    assertCheckIn(b.status as BookingStatus, b.date, ctx.clock.today(), romeTimeOf(ctx.clock.now()), regulation.deskCheckInDeadline);
    if (code !== undefined) {
      const desk = (await sitesRepo.getDesk(tx, ctx.organizationId, b.deskId))!;
      if (desk.checkInCode !== code) throw new DomainError('WRONG_DESK', 'Il codice letto non è quello della postazione prenotata', 'code');
    }
    const updated = await repo.updateBooking(tx, ctx.organizationId, id, { status: 'checked_in', checkedInAt: ctx.clock.now() });
    await audit(tx, ctx, { action: 'booking.checked_in', entity: 'booking', entityId: id });
    return out({ ...found, b: updated });
  });
}

export async function listBookings(ctx: Ctx, q: z.infer<typeof bookingQuery>) {
  const all = hasRole(ctx.actor, 'facilities', 'hr');
  const employeeId = (all ? q.employeeId : ctx.actor.employeeId) ?? undefined;
  if (!all && (!employeeId || (q.employeeId && q.employeeId !== employeeId))) throw forbidden('Consulti soltanto le tue prenotazioni');
  const rows = await repo.listBookings(ctx.engine.db, ctx.organizationId, { employeeId, siteId: q.siteId, from: q.from, to: q.to });
  return rows.map(out);
}

/**
 * Art. 15.4 — a desk outside the organization's premises stands on an agile day: when the day is
 * revoked or cancelled, the booking goes too, and the employee is told.
 */
export async function cancelBookingsOfAgileDay(tx: Db, ctx: Ctx, agileDayId: string, reason: string): Promise<number> {
  const live = await repo.liveBookingsOfAgileDay(tx, ctx.organizationId, agileDayId);
  for (const b of live) {
    await repo.updateBooking(tx, ctx.organizationId, b.id, { status: 'cancelled', cancelledAt: ctx.clock.now(), cancellationReason: reason });
    await audit(tx, ctx, { action: 'booking.cancelled', entity: 'booking', entityId: b.id, reason });
    await notify(tx, ctx, [{
      employeeId: b.employeeId, kind: 'booking.cancelled', entity: 'booking', entityId: b.id, email: true,
      title: `Prenotazione annullata: ${italianDate(b.date)}`,
      body: `La postazione prenotata per il ${italianDate(b.date)} è stata liberata: ${reason} (art. 15.4).`,
    }]);
  }
  return live.length;
}

/** The no-show job: bookings not checked in by the deadline free their desk (POLA § 4.2, action 2.1.5). */
export async function releaseNoShows(tx: Db, ctx: Ctx): Promise<number> {
  const { regulation } = await regulationFor(tx, ctx.organizationId);
  return repo.markNoShows(tx, ctx.organizationId, ctx.clock.today(), romeTimeOf(ctx.clock.now()) >= regulation.deskCheckInDeadline);
}
