import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Day names in the reader's language: "giovedì 26 novembre", "gio", "26". */
export function useDayNames() {
  const { i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en-GB' : 'it-IT';
  return useMemo(() => {
    const long = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
    const short = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
    const at = (iso: string) => new Date(`${iso}T00:00:00Z`);
    return {
      long: (iso: string) => long.format(at(iso)),
      weekdayShort: (iso: string) => short.format(at(iso)),
      /** Monday … Sunday of any week, for table headers. */
      weekHeaders: () => Array.from({ length: 7 }, (_, i) => ({ short: short.format(new Date(Date.UTC(2024, 0, 1 + i))), long: new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1 + i))) })),
      dayNumber: (iso: string) => String(Number(iso.slice(8, 10))),
    };
  }, [locale]);
}
