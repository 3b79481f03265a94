import { isoWeekday, isWorkingDay } from '../../../platform/calendar.js';
import { daysBetween } from '../../../platform/dates.js';
import { DomainError } from '../../../platform/errors.js';
import type { WorkPattern } from '../../organization/domain/employee.js';
import type { Regulation } from '../../organization/domain/regulation.js';

/** Art. 11.4 — agile work only on the employee's working days: their weekly pattern, no weekends, holidays or the patron saint. */
export function isEmployeeWorkingDay(date: string, pattern: WorkPattern, patronDay: string | null): boolean {
  if (!isWorkingDay(date, patronDay)) return false;
  if (pattern.type === 'part_time_vertical') return (pattern.weekdays ?? []).includes(isoWeekday(date));
  return true;
}

export interface DayRequestFacts {
  date: string;
  today: string;
  activities: string;
  exceptional: boolean;
  reason: string | null;
  pattern: WorkPattern;
  patronDay: string | null;
  /** Art. 6.4, 8.2 — whether an agreement lets agile days be used on `date`. */
  agreementCovers: boolean;
  alreadyRequested: boolean;
  remaining: number;
  /** Art. 7.4 — people of the unit already agile that day (pending or approved), and the director's limit. */
  unitAgileThatDay: number;
  unitLimit: number | null;
}

/**
 * Art. 7, 10, 11 — whether a day can be asked for. Returns whether the manager must approve it
 * explicitly (a late, exceptional request, art. 10.1 "di norma"); throws the first rule broken.
 */
export function assertDayRequest(f: DayRequestFacts, r: Pick<Regulation, 'dayRequestNoticeDays'>): { explicitApprovalNeeded: boolean } {
  if (!f.activities.trim()) throw new DomainError('ACTIVITIES_REQUIRED', 'Indica le attività previste per la giornata (art. 11.2)', 'activities');
  if (!f.agreementCovers) throw new DomainError('AGREEMENT_NOT_ACTIVE', 'In quella data non hai un accordo di lavoro agile attivo (art. 6.4, 8)', 'date');
  if (!isEmployeeWorkingDay(f.date, f.pattern, f.patronDay)) throw new DomainError('NOT_A_WORKING_DAY', 'La giornata richiesta non è tra i tuoi giorni lavorativi (art. 11.4)', 'date');
  const notice = daysBetween(f.today, f.date);
  let explicitApprovalNeeded = false;
  if (notice < r.dayRequestNoticeDays) {
    if (!f.exceptional || notice < 0) throw new DomainError('NOTICE_TOO_SHORT', `La giornata va richiesta almeno ${r.dayRequestNoticeDays} giorni prima (art. 10.1)`, 'date');
    if (!f.reason?.trim()) throw new DomainError('REASON_REQUIRED', 'Una richiesta eccezionale fuori termine va motivata (art. 10.1)', 'reason');
    explicitApprovalNeeded = true;
  }
  if (f.alreadyRequested) throw new DomainError('DUPLICATE_DAY', 'Hai già una richiesta per questa data', 'date');
  if (f.remaining < 1) throw new DomainError('QUOTA_EXCEEDED', 'Hai esaurito le giornate del mese: ne restano 0 (art. 7)', 'date', undefined, { remaining: f.remaining });
  if (f.unitLimit !== null && f.unitAgileThatDay >= f.unitLimit)
    throw new DomainError('UNIT_CAPACITY_REACHED', `In quella data la tua unità ha già ${f.unitLimit} persone in lavoro agile (rotazione, art. 7.4)`, 'date');
  return { explicitApprovalNeeded };
}

/** Art. 10.2 — the manager may revoke an approved day no later than 1 day (`dayRevocationNoticeDays`) before it. */
export function assertRevocable(date: string, today: string, r: Pick<Regulation, 'dayRevocationNoticeDays'>): void {
  if (daysBetween(today, date) < r.dayRevocationNoticeDays)
    throw new DomainError('REVOCATION_TOO_LATE', `La revoca va comunicata almeno ${r.dayRevocationNoticeDays} giorno prima della giornata (art. 10.2)`, 'date');
}

/**
 * Art. 10.2, 11.4 — the employee may cancel, even an approved day, any time before the day starts:
 * before 07:00 (`dayCancellationCutoff`) of that day, Rome time.
 */
export function assertCancellable(date: string, today: string, nowHHMM: string, r: Pick<Regulation, 'dayCancellationCutoff'>): void {
  if (today > date || (today === date && nowHHMM >= r.dayCancellationCutoff))
    throw new DomainError('CANCELLATION_TOO_LATE', `La giornata si può annullare fino alle ${r.dayCancellationCutoff} dello stesso giorno (art. 10.2)`, 'date');
}
