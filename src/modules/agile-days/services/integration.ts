import crypto from 'node:crypto';
import { stringify } from 'csv-stringify/sync';
import ical, { ICalEventStatus } from 'ical-generator';
import { hasRole } from '../../../platform/actor.js';
import { audit } from '../../../platform/audit.js';
import { transaction, type Ctx } from '../../../platform/context.js';
import { addDays, addMonths, firstOfMonth, lastOfMonth, monthOf } from '../../../platform/dates.js';
import type { Engine } from '../../../platform/db/engine.js';
import { DomainError, forbidden } from '../../../platform/errors.js';
import * as days from '../repositories/days.js';
import * as repo from '../repositories/integration.js';

const hash = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

/** A new private address for E's calendar; the previous one stops working. Only E asks for it. */
export async function newCalendarToken(ctx: Ctx, employeeId: string, baseUrl: string) {
  if (ctx.actor.employeeId !== employeeId) throw forbidden('Il collegamento al calendario è personale');
  return transaction(ctx, async (tx) => {
    const token = crypto.randomBytes(24).toString('base64url');
    await repo.saveCalendarToken(tx, ctx.organizationId, employeeId, hash(token), ctx.clock.now());
    await audit(tx, ctx, { action: 'calendar_token.created', entity: 'employee', entityId: employeeId });
    return { url: `${baseUrl}/api/v1/employees/${employeeId}/agile-days.ics?token=${token}`, createdAt: ctx.clock.now().toISOString() };
  });
}

export async function calendarTokenInfo(ctx: Ctx, employeeId: string) {
  if (ctx.actor.employeeId !== employeeId) throw forbidden('Il collegamento al calendario è personale');
  const row = await repo.calendarTokenOf(ctx.engine.db, ctx.organizationId, employeeId);
  return { exists: Boolean(row), createdAt: row?.createdAt.toISOString() ?? null };
}

/**
 * The iCalendar feed (RFC 5545) of E's agile days, from three months back to six ahead:
 * approved days confirmed, pending ones tentative. The token in the URL is the only credential.
 */
export async function agileDaysIcs(engine: Engine, employeeId: string, token: string, today: string): Promise<string> {
  const owner = await repo.calendarTokenOwner(engine.db, hash(token));
  if (!owner || owner.employeeId !== employeeId) throw new DomainError('UNAUTHENTICATED', 'Collegamento al calendario non valido o sostituito da uno nuovo');
  const rows = await days.listDays(engine.db, owner.organizationId, { employeeId, from: addMonths(firstOfMonth(monthOf(today)), -3), to: addMonths(today, 6), statuses: ['pending', 'approved'] });
  const calendar = ical({ name: 'Lavoro agile', prodId: { company: 'Agile PA', product: 'agile-days', language: 'IT' }, timezone: 'Europe/Rome' });
  for (const { day } of rows) {
    calendar.createEvent({
      id: `${day.id}@agile-pa`,
      start: new Date(`${day.date}T00:00:00Z`),
      end: new Date(`${addDays(day.date, 1)}T00:00:00Z`),
      allDay: true,
      summary: day.status === 'approved' ? 'Lavoro agile' : 'Lavoro agile (in attesa di autorizzazione)',
      description: day.activities,
      status: day.status === 'approved' ? ICalEventStatus.CONFIRMED : ICalEventStatus.TENTATIVE,
    });
  }
  return calendar.toString();
}

/** Art. 10.1 — the month's approved days for the attendance system: matricola;data;tipo. */
export async function exportAgileDays(ctx: Ctx, month: string) {
  if (!hasRole(ctx.actor, 'hr', 'it', 'admin')) throw forbidden('L’esportazione per il sistema presenze è delle Risorse umane e dei Sistemi informativi');
  const rows = await repo.approvedDays(ctx.engine.db, ctx.organizationId, firstOfMonth(month), lastOfMonth(month));
  return rows.map((r) => ({ matricola: r.matricola, date: r.date, type: 'lavoro_agile' }));
}

export function exportCsv(rows: { matricola: string; date: string; type: string }[]): string {
  return `\uFEFF${stringify(rows, { header: true, delimiter: ';', record_delimiter: 'windows', columns: [{ key: 'matricola', header: 'matricola' }, { key: 'date', header: 'data' }, { key: 'type', header: 'tipo' }] })}`;
}

