import type { Regulation } from '../../../api/types';

/** The unit each regulation number is counted in (for "10 giorni", "6 mesi"…). */
export const REGULATION_UNITS: Partial<Record<keyof Regulation, 'days' | 'months' | 'years' | 'hours' | 'minutes' | 'percent'>> = {
  maxAgileDaysPerMonth: 'days',
  dayRequestNoticeDays: 'days',
  dayRevocationNoticeDays: 'days',
  withdrawalNoticeDays: 'days',
  disabledWorkerWithdrawalNoticeDays: 'days',
  agreementMaxYears: 'years',
  inactivityRevocationMonths: 'months',
  fixedTermMinMonths: 'months',
  coPresenceBandHours: 'hours',
  dailyMinutes: 'minutes',
  minimumRemotableShare: 'percent',
};

/** 432 minutes → { hours: 7, minutes: 12 } (the daily hours of art. 11.5, "7h12'"). */
export function hoursAndMinutes(total: number): { hours: number; minutes: number } {
  return { hours: Math.floor(total / 60), minutes: total % 60 };
}
