import type { CalendarDay, MyMonth } from '../../../api/types';
import { daysBetween } from '../common/month';

export type RequestKind = 'normal' | 'exceptional';

/**
 * What the employee may do on a day. The API says whether a request in time is possible
 * (`canRequest`); inside the notice period (art. 10.1 "di norma") a request can still be made as
 * exceptional, with a reason, on a working day covered by the agreement and not yet past.
 */
export function requestKind(day: CalendarDay, month: MyMonth): RequestKind | null {
  if (day.canRequest) return 'normal';
  const live = day.request && ['pending', 'approved'].includes(day.request.status);
  const notice = daysBetween(month.today, day.date);
  const covered = month.agreement !== null && month.agreement.from <= day.date && day.date <= month.agreement.to;
  const quotaLeft = day.continuous || month.quota.remaining > 0;
  if (!live && day.workingDay && covered && quotaLeft && notice >= 0 && notice < month.noticeDays) return 'exceptional';
  return null;
}

/** Art. 10.2 — a revoked day returns to the quota of its month, while that month is not over. */
export function isRecoverable(day: CalendarDay, month: MyMonth): boolean {
  return day.request?.status === 'revoked' && month.month >= month.today.slice(0, 7);
}
