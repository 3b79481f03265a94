import { useDayNames } from '../../agile-days/common/useDayNames';

/** "lun, mar, mer, gio, ven" for [1, 2, 3, 4, 5]. */
export function useOpeningDays() {
  const names = useDayNames();
  const headers = names.weekHeaders();
  return (days: number[]) => days.map((d) => headers[d - 1]?.short ?? String(d)).join(', ');
}
