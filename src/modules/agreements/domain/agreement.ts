import { DomainError } from '../../../platform/errors.js';
import type { Regulation } from '../../organization/domain/regulation.js';
import { addMonths } from '../../../platform/dates.js';

export const AGREEMENT_STATUSES = ['draft', 'awaiting_signatures', 'signed', 'active', 'withdrawn', 'lapsed', 'revoked', 'expired'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];
export const SIGNER_ROLES = ['employee', 'director', 'hr', 'hr_director'] as const;
export type SignerRole = (typeof SIGNER_ROLES)[number];

export interface Band {
  start: string;
  end: string;
}

export interface Objective {
  description: string;
  indicator: string;
  target: string;
}

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/**
 * Art. 12 — the co-presence band: 5 hours (`coPresenceBandHours`) inside 08:00–18:00; for
 * senior officers (PO/AP, art. 12.2) more than 5 hours, within the same window.
 */
export function bandProblem(band: Band, seniorOfficer: boolean, r: Pick<Regulation, 'coPresenceBandHours' | 'coPresenceWindowStart' | 'coPresenceWindowEnd'>): string | null {
  const length = minutes(band.end) - minutes(band.start);
  if (minutes(band.start) < minutes(r.coPresenceWindowStart) || minutes(band.end) > minutes(r.coPresenceWindowEnd) || length <= 0)
    return `La fascia di compresenza deve stare tra le ${r.coPresenceWindowStart} e le ${r.coPresenceWindowEnd} (art. 12.1)`;
  if (seniorOfficer) return length > r.coPresenceBandHours * 60 ? null : `Per PO/AP la fascia di compresenza deve superare ${r.coPresenceBandHours} ore (art. 12.2)`;
  return length === r.coPresenceBandHours * 60 ? null : `La fascia di compresenza è di ${r.coPresenceBandHours} ore (art. 12.1)`;
}

export function assertBand(band: Band, seniorOfficer: boolean, r: Parameters<typeof bandProblem>[2]) {
  const problem = bandProblem(band, seniorOfficer, r);
  if (problem) throw new DomainError('BAND_INVALID', problem, 'band');
}

/** Art. 12 — the band the system proposes: from the window's start, as long as the rule wants. */
export function defaultBand(seniorOfficer: boolean, r: Parameters<typeof bandProblem>[2]): Band {
  const hours = r.coPresenceBandHours + (seniorOfficer ? 1 : 0);
  const end = minutes(r.coPresenceWindowStart) + hours * 60;
  const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  return { start: r.coPresenceWindowStart, end: hhmm(Math.min(end, minutes(r.coPresenceWindowEnd))) };
}

/** Art. 6.4, 20.2 — agile work starts on the first day of the month after the last signature. */
export function startDateAfter(lastSignatureDate: string): string {
  return addMonths(`${lastSignatureDate.slice(0, 7)}-01`, 1);
}

/**
 * Art. 8.2 — an agreement lasts at most 3 years (`agreementMaxYears`) from its signature, or
 * ends on the organization's common end date when one is set.
 */
export function latestEndDate(signatureDate: string, r: Pick<Regulation, 'agreementMaxYears' | 'commonAgreementEndDate'>): string {
  const byDuration = addMonths(signatureDate, 12 * r.agreementMaxYears);
  return r.commonAgreementEndDate && r.commonAgreementEndDate < byDuration ? r.commonAgreementEndDate : byDuration;
}

export function assertDuration(endDate: string, signatureDate: string, r: Pick<Regulation, 'agreementMaxYears' | 'commonAgreementEndDate'>) {
  const latest = latestEndDate(signatureDate, r);
  if (endDate > latest)
    throw new DomainError('DURATION_TOO_LONG', `L’accordo può durare al massimo fino al ${latest} (art. 8.2)`, 'endDate', undefined, { latestEndDate: latest });
}

/**
 * Art. 8.1, 20.2 — who signs: the employee, the director (the employer) and HR; for a manager,
 * the director above them and HR's director.
 */
export function requiredSigners(applicantRole: string): SignerRole[] {
  return applicantRole === 'manager' || applicantRole === 'director' ? ['employee', 'director', 'hr_director'] : ['employee', 'director', 'hr'];
}

export type AgreementEvent = 'sign' | 'complete_signatures' | 'start' | 'withdraw' | 'lapse' | 'revoke' | 'expire' | 'edit';

/** The allowed moves of an agreement, as data (art. 6.4, 8, 9). */
export const AGREEMENT_TRANSITIONS: readonly { from: AgreementStatus; event: AgreementEvent; to: AgreementStatus }[] = [
  { from: 'draft', event: 'edit', to: 'draft' },
  { from: 'draft', event: 'sign', to: 'awaiting_signatures' },
  { from: 'awaiting_signatures', event: 'sign', to: 'awaiting_signatures' },
  { from: 'awaiting_signatures', event: 'complete_signatures', to: 'signed' },
  { from: 'signed', event: 'start', to: 'active' },
  { from: 'signed', event: 'withdraw', to: 'withdrawn' },
  { from: 'active', event: 'withdraw', to: 'withdrawn' },
  { from: 'signed', event: 'lapse', to: 'lapsed' },
  { from: 'active', event: 'lapse', to: 'lapsed' },
  { from: 'active', event: 'revoke', to: 'revoked' },
  { from: 'active', event: 'expire', to: 'expired' },
];

export function transition(from: AgreementStatus, event: AgreementEvent): AgreementStatus {
  const move = AGREEMENT_TRANSITIONS.find((t) => t.from === from && t.event === event);
  if (!move) throw new DomainError('INVALID_STATE', `Operazione non consentita su un accordo nello stato "${from}"`, 'status', undefined, { status: from });
  return move.to;
}

export interface AgreementDates {
  status: AgreementStatus;
  startDate: string | null;
  endDate: string;
  /** A withdrawal, lapse or revocation decided, and the date it takes effect (art. 9). */
  terminationKind: 'withdrawn' | 'lapsed' | 'revoked' | null;
  terminationDate: string | null;
}

/**
 * The status on `today`: a signed agreement is active from its start date (art. 6.4), expired
 * after its end date (art. 8.2); a withdrawal, lapse or revocation counts from its effective date (art. 9).
 */
export function statusOn(a: AgreementDates, today: string): AgreementStatus {
  if (a.terminationKind && a.terminationDate && today >= a.terminationDate) return a.terminationKind;
  if (a.status === 'signed' || a.status === 'active') {
    if (today > a.endDate) return 'expired';
    if (a.startDate && today >= a.startDate) return 'active';
    return 'signed';
  }
  return a.status;
}

/** Whether the agreement lets agile days be used on `date`. */
export function coversDate(a: AgreementDates, date: string): boolean {
  if (!a.startDate || date < a.startDate || date > a.endDate) return false;
  if (a.terminationDate && date >= a.terminationDate) return false;
  return a.status !== 'draft' && a.status !== 'awaiting_signatures';
}
