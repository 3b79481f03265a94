import { useTranslation } from 'react-i18next';
import type { UnitCalendar } from '../../../api/types';
import { DAY_SYMBOLS } from '../common/DayStatus';
import { useDayNames } from '../common/useDayNames';

type Person = UnitCalendar['people'][number];

const cellOf = (person: Person, date: string) => {
  const days = person.days.filter((d) => d.date === date);
  // The live request of a date first (a rejected or revoked one may sit beside it).
  return days.find((d) => d.status === 'pending' || d.status === 'approved') ?? days[days.length - 1];
};

/**
 * Who is agile on which day (art. 7.4, 10): people × days, each state as a symbol with its word
 * for screen readers, and a last row counting the day against the rotation limit.
 */
export function PeopleGrid({ calendar }: { calendar: UnitCalendar }) {
  const { t } = useTranslation();
  const names = useDayNames();
  const limit = calendar.maxAgilePerDay;
  return (
    <div className="table-responsive unit-grid-wrapper">
      <table className="table table-bordered table-sm unit-grid mb-0">
        <caption className="visually-hidden">{t('unitCalendar.grid.caption', { unit: calendar.unitName })}</caption>
        <thead>
          <tr>
            <th scope="col" className="unit-grid-name">
              {t('unitCalendar.grid.person')}
            </th>
            {calendar.days.map((d) => (
              <th key={d.date} scope="col" className={`text-center${d.workingDay ? '' : ' unit-grid-off'}`}>
                <abbr title={names.long(d.date)}>
                  <span className="d-block small fw-normal">{names.weekdayShort(d.date)}</span>
                  {names.dayNumber(d.date)}
                </abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {calendar.people.length === 0 && (
            <tr>
              <td colSpan={calendar.days.length + 1}>{t('unitCalendar.grid.nobody')}</td>
            </tr>
          )}
          {calendar.people.map((p) => (
            <tr key={p.employeeId}>
              <th scope="row" className="unit-grid-name fw-normal">
                {p.name}
              </th>
              {calendar.days.map((d) => {
                const cell = cellOf(p, d.date);
                return (
                  <td key={d.date} className={`text-center${d.workingDay ? '' : ' unit-grid-off'}${cell ? ` unit-cell-${cell.status}` : ''}`}>
                    {cell && (
                      <span title={t(`dayStatuses.${cell.status}`)}>
                        <span aria-hidden="true">{DAY_SYMBOLS[cell.status]}</span>
                        <span className="visually-hidden">{t(`dayStatuses.${cell.status}`)}</span>
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" className="unit-grid-name">
              {limit === null ? t('unitCalendar.grid.count') : t('unitCalendar.grid.countOf', { limit })}
            </th>
            {calendar.days.map((d) => (
              <td key={d.date} className={`text-center unit-grid-count${d.overLimit ? ' unit-grid-over' : ''}${d.workingDay ? '' : ' unit-grid-off'}`}>
                {d.workingDay && (
                  <span title={t('unitCalendar.grid.countTitle', { approved: d.approved, pending: d.pending })}>
                    {d.approved + d.pending > 0 ? d.approved + d.pending : ''}
                    {d.overLimit && (
                      <>
                        <span aria-hidden="true">!</span>
                        <span className="visually-hidden"> {t('unitCalendar.grid.overLimit')}</span>
                      </>
                    )}
                  </span>
                )}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
