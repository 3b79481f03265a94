import { useTranslation } from 'react-i18next';
import type { Availability } from '../../../api/types';
import { useDayNames } from '../../agile-days/common/useDayNames';

/**
 * A site's week, desks × days: free, taken, mine, or closed — in words for screen readers, with a
 * symbol so it reads without colour. A free desk from today on is a button when `onBook` is given.
 */
export function WeekGrid({ week, today, onBook }: { week: Availability; today: string; onBook?(deskId: string, date: string): void }) {
  const { t } = useTranslation();
  const names = useDayNames();
  const open = new Map(week.days.map((d) => [d.date, d]));
  return (
    <div className="table-responsive">
      <table className="table table-bordered table-sm week-grid mb-0">
        <caption className="visually-hidden">{t('sitePage.gridCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('sitePage.desk')}</th>
            {week.days.map((d) => (
              <th key={d.date} scope="col" className={`text-center${d.open ? '' : ' week-grid-closed'}`} aria-current={d.date === today ? 'date' : undefined}>
                <abbr title={names.long(d.date)}>
                  <span className="d-block small fw-normal">{names.weekdayShort(d.date)}</span>
                  {names.dayNumber(d.date)}
                </abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {week.desks.map((desk) => (
            <tr key={desk.id}>
              <th scope="row" className="fw-normal text-nowrap">
                {desk.label}
                {!desk.bookable && <small className="d-block text-muted">{t('sitePage.notBookable')}</small>}
              </th>
              {desk.days.map((cell) => {
                const day = open.get(cell.date);
                const closed = !day?.open || !desk.bookable;
                const state = closed ? 'closed' : cell.mine ? 'mine' : cell.taken ? 'taken' : 'free';
                const label = `${desk.label}, ${names.long(cell.date)}: ${t(`sitePage.cell.${state}`)}`;
                return (
                  <td key={cell.date} className={`text-center week-cell-${state}`}>
                    {state === 'free' && onBook && cell.date >= today ? (
                      <button type="button" className="btn btn-outline-primary btn-xs" onClick={() => onBook(desk.id, cell.date)} aria-label={t('sitePage.bookCell', { desk: desk.label, day: names.long(cell.date) })}>
                        {t('sitePage.cell.free')}
                      </button>
                    ) : (
                      <span title={label}>
                        <span aria-hidden="true">{state === 'mine' ? '★' : state === 'taken' ? '●' : state === 'closed' ? '–' : '○'}</span>
                        <span className="visually-hidden">{label}</span>
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
            <th scope="row">{t('sitePage.freeCount')}</th>
            {week.days.map((d) => (
              <td key={d.date} className="text-center fw-semibold">
                {d.open ? d.free : ''}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
