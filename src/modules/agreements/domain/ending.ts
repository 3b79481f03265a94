import { addDays, addMonths, italianDate } from '../../../platform/dates.js';
import { DomainError } from '../../../platform/errors.js';
import type { Regulation } from '../../organization/domain/regulation.js';


export type WithdrawingParty = 'employee' | 'employer';

/**
 * Art. 9.1 — either party may withdraw in writing with a reason, no earlier than 30 days
 * (`withdrawalNoticeDays`) after the notice; art. 9.2 — 90 days (`disabledWorkerWithdrawalNoticeDays`)
 * when the employer withdraws from a worker with disability (L. 68/1999).
 */
export function minimumWithdrawalDate(noticeDate: string, party: WithdrawingParty, workerHasDisability: boolean, r: Pick<Regulation, 'withdrawalNoticeDays' | 'disabledWorkerWithdrawalNoticeDays'>): string {
  const days = party === 'employer' && workerHasDisability ? r.disabledWorkerWithdrawalNoticeDays : r.withdrawalNoticeDays;
  return addDays(noticeDate, days);
}

export function assertWithdrawal(input: { noticeDate: string; effectiveDate: string; reason: string; party: WithdrawingParty; workerHasDisability: boolean }, r: Parameters<typeof minimumWithdrawalDate>[3]) {
  if (!input.reason.trim()) throw new DomainError('REASON_REQUIRED', 'Il recesso va motivato per iscritto (art. 9.1)', 'reason');
  const earliest = minimumWithdrawalDate(input.noticeDate, input.party, input.workerHasDisability, r);
  if (input.effectiveDate < earliest) {
    // The reason for the longer notice is not said: it would reveal protected data to the caller.
    throw new DomainError('NOTICE_TOO_SHORT', `Il recesso può decorrere non prima del ${italianDate(earliest)} (preavviso art. 9)`, 'effectiveDate', undefined, { earliestEffectiveDate: earliest });
  }
}

/** Art. 9.3 — a transfer to a unit of another directorate ends the agreement on the transfer date; within the directorate it stays. */
export const lapsesOnTransfer = (fromDirectorateId: string, toDirectorateId: string) => fromDirectorateId !== toDirectorateId;

/**
 * Art. 9.4 — HR may revoke an active agreement when no agile day was requested for 6
 * consecutive months (`inactivityRevocationMonths`): counted from the last request, or from the
 * start of the agreement when there was none.
 */
export function inactiveSince(startDate: string, lastRequestDate: string | null): string {
  return lastRequestDate && lastRequestDate > startDate ? lastRequestDate : startDate;
}

export function isRevocableForInactivity(startDate: string, lastRequestDate: string | null, today: string, months: number): boolean {
  return addMonths(inactiveSince(startDate, lastRequestDate), months) <= today;
}
