import Holidays from 'date-holidays';

const italy = new Holidays('IT');
const cache = new Map<number, Set<string>>();

/** Italian national public holidays of `year` (Easter Monday included), as `YYYY-MM-DD`. */
export function nationalHolidays(year: number): Set<string> {
  let days = cache.get(year);
  if (!days) {
    days = new Set(
      italy
        .getHolidays(year)
        .filter((h) => h.type === 'public')
        .map((h) => h.date.slice(0, 10)),
    );
    cache.set(year, days);
  }
  return days;
}

/** Day of week of an ISO date, 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const d = new Date(`${date}T12:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

/**
 * The organization's working calendar: Monday to Friday, less national holidays and the
 * patron-saint day (`MM-DD`, Milan: 12-07).
 */
export function isWorkingDay(date: string, patronDay: string | null): boolean {
  if (isoWeekday(date) > 5) return false;
  if (patronDay && date.slice(5) === patronDay) return false;
  return !nationalHolidays(Number(date.slice(0, 4))).has(date);
}
