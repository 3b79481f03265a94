import { useTranslation } from 'react-i18next';
import type { CalendarDay, MyMonth } from '../../../api/types';
import { isoWeekday } from '../common/month';
import { useDayNames } from '../common/useDayNames';
import { DayContent, type DayHandlers } from './DayContent';

/** The days of the month in weeks (Monday first), blanks before the 1st and after the last. */
function weeksOf(days: CalendarDay[]): (CalendarDay | null)[][] {
  const cells: (CalendarDay | null)[] = [...Array<null>(isoWeekday(days[0]!.date) - 1).fill(null), ...days];
  while (cells.length % 7) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7));
}

const dayClass = (day: CalendarDay, today: string) =>
  ['month-day', !day.workingDay ? 'month-day-off' : '', day.date === today ? 'month-day-today' : ''].filter(Boolean).join(' ');

/** "Il mio mese" as a calendar table on wide screens and as a list of days on phones. */
export function MonthGrid({ month, handlers }: { month: MyMonth; handlers: DayHandlers }) {
  const { t } = useTranslation();
  const names = useDayNames();
  const headers = names.weekHeaders();
  return (
    <>
      <div className="table-responsive d-none d-md-block">
        <table className="table table-bordered month-grid mb-0">
          <caption className="visually-hidden">{t('agileDays.grid.caption')}</caption>
          <thead>
            <tr>
              {headers.map((h) => (
                <th key={h.long} scope="col" className="text-center">
                  <abbr title={h.long}>{h.short}</abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeksOf(month.days).map((week, i) => (
              <tr key={i}>
                {week.map((day, j) =>
                  day ? (
                    <td key={day.date} className={dayClass(day, month.today)} aria-current={day.date === month.today ? 'date' : undefined}>
                      <span className="month-day-number">
                        <span aria-hidden="true">{names.dayNumber(day.date)}</span>
                        <span className="visually-hidden">{names.long(day.date)}</span>
                      </span>
                      <DayContent day={day} month={month} handlers={handlers} />
                    </td>
                  ) : (
                    <td key={`blank-${j}`} className="month-day-blank" />
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="list-unstyled month-list d-md-none mb-0" aria-label={t('agileDays.grid.caption')}>
        {month.days.map((day) => (
          <li key={day.date} className={dayClass(day, month.today)} aria-current={day.date === month.today ? 'date' : undefined}>
            <span className="fw-semibold first-capital month-list-date">{names.long(day.date)}</span>
            <DayContent day={day} month={month} handlers={handlers} />
          </li>
        ))}
      </ul>
    </>
  );
}
