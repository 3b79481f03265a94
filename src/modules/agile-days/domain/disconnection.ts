import { romeDateOf, romeLocalToInstant, romeTimeOf } from '../../../platform/clock.js';
import { addDays } from '../../../platform/dates.js';
import { isWorkingDay } from '../../../platform/calendar.js';
import type { Regulation } from '../../organization/domain/regulation.js';

type Window = Pick<Regulation, 'workingWindowStart' | 'workingWindowEnd'>;

/** Art. 13 — whether `instant` falls inside the working window of a working day (Rome time). */
export function isContactAllowed(instant: Date, r: Window, patronDay: string | null): boolean {
  const date = romeDateOf(instant);
  const time = romeTimeOf(instant);
  return isWorkingDay(date, patronDay) && time >= r.workingWindowStart && time < r.workingWindowEnd;
}

/**
 * Art. 13 — the right to disconnect: the first moment at or after `instant` when a notification
 * may reach a person: inside 07:00–21:00 (`workingWindowStart`–`workingWindowEnd`) of a working
 * day, never on weekends, holidays or the patron saint.
 */
export function nextAllowedMoment(instant: Date, r: Window, patronDay: string | null): Date {
  if (isContactAllowed(instant, r, patronDay)) return instant;
  let date = romeDateOf(instant);
  if (romeTimeOf(instant) >= r.workingWindowStart) date = addDays(date, 1);
  while (!isWorkingDay(date, patronDay)) date = addDays(date, 1);
  return romeLocalToInstant(date, r.workingWindowStart);
}
