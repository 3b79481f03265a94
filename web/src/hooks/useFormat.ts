import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Dates and numbers in the reader's language (dd/mm/yyyy in Italian). */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en-GB' : 'it-IT';
  return useMemo(() => {
    const day = new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
    const moment = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Rome' });
    const month = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
    const dayOfYear = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' });
    const number = new Intl.NumberFormat(locale);
    return {
      /** An ISO day (YYYY-MM-DD) as 23/11/2026. */
      date: (iso: string | null | undefined) => (iso ? day.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`)) : ''),
      /** An instant as 23/11/26, 10:00 (Rome time). */
      dateTime: (iso: string) => moment.format(new Date(iso)),
      /** A yearly day as MM-DD (the patron saint's day) as "7 dicembre". */
      dayOfYear: (mmdd: string | null | undefined) => (mmdd ? dayOfYear.format(new Date(`2000-${mmdd}T00:00:00Z`)) : ''),
      monthName: (month1to12: number) => month.format(new Date(Date.UTC(2000, month1to12 - 1, 1))),
      number: (n: number) => number.format(n),
    };
  }, [locale]);
}
