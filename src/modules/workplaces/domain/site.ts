import { isoWeekday, isWorkingDay } from '../../../platform/calendar.js';
import { DomainError, type FieldError } from '../../../platform/errors.js';
import { SITE_KINDS, type SiteKind } from './kinds.js';
export { SITE_KINDS, type SiteKind };

/**
 * Art. 15.4 — work in the organization's own premises is work in presence; a desk at a
 * participated company, a private company or a coworking space is a place of agile work.
 */
export const isAgileWorkPlace = (kind: SiteKind) => kind !== 'municipal';

export interface SiteOpening {
  kind: SiteKind;
  active: boolean;
  openingDays: number[];
  conventionFrom: string | null;
  conventionTo: string | null;
}

/**
 * Whether the site takes bookings on `date`: on its opening weekdays, never on national holidays;
 * a municipal site is also closed on the patron saint's day; a convention covers its own dates only.
 */
export function isSiteOpen(site: SiteOpening, date: string, patronDay: string | null): boolean {
  if (!site.active || !site.openingDays.includes(isoWeekday(date))) return false;
  // A Saturday opening stays open: only holidays close what the weekday pattern opens.
  if (!isWorkingDay(date, site.kind === 'municipal' ? patronDay : null) && isoWeekday(date) <= 5) return false;
  if (site.kind !== 'municipal' && (!site.conventionFrom || date < site.conventionFrom || (site.conventionTo !== null && date > site.conventionTo))) return false;
  return true;
}

export interface SiteData {
  kind: SiteKind;
  opens: string;
  closes: string;
  openingDays: number[];
  conventionReference?: string | null;
  conventionFrom?: string | null;
  conventionTo?: string | null;
  reservedDesks?: number | null;
}

/** POLA § 4.2, actions 2.2.x — a non-municipal site needs its convention; hours must make sense. */
export function siteProblems(s: SiteData): FieldError[] {
  const problems: FieldError[] = [];
  if (s.opens >= s.closes) problems.push({ field: 'closes', detail: 'L’orario di chiusura deve seguire l’apertura' });
  if (!s.openingDays.length) problems.push({ field: 'openingDays', detail: 'Indica almeno un giorno di apertura' });
  if (s.kind !== 'municipal') {
    if (!s.conventionReference?.trim()) problems.push({ field: 'conventionReference', detail: 'Una sede non comunale richiede la convenzione (azione 2.2)' });
    if (!s.conventionFrom) problems.push({ field: 'conventionFrom', detail: 'Indica la data di inizio della convenzione' });
    if (s.conventionFrom && s.conventionTo && s.conventionTo < s.conventionFrom) problems.push({ field: 'conventionTo', detail: 'La convenzione termina prima di iniziare' });
  }
  return problems;
}

export function assertSite(s: SiteData): void {
  const problems = siteProblems(s);
  if (problems.length) throw new DomainError('VALIDATION_FAILED', problems[0]!.detail, problems[0]!.field, problems);
}
