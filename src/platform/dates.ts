/** Calendar arithmetic on ISO dates (`YYYY-MM-DD`), done in UTC so no time zone can shift a day. */
const DAY = 86_400_000;
const ms = (date: string) => Date.parse(`${date}T00:00:00Z`);
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

export const addDays = (date: string, days: number) => iso(ms(date) + days * DAY);
export const daysBetween = (from: string, to: string) => Math.round((ms(to) - ms(from)) / DAY);

/** `date` plus `months` calendar months, clamped to the month's end (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return iso(target.getTime());
}

export const monthOf = (date: string) => date.slice(0, 7);
export const firstOfMonth = (month: string) => `${month}-01`;
export const lastOfMonth = (month: string) => addDays(addMonths(`${month}-01`, 1), -1);

/** 2026-11-26 → 26/11/2026, as Italian readers write dates. */
export const italianDate = (iso: string) => iso.split('-').reverse().join('/');
