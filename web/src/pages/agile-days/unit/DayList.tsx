import { useTranslation } from 'react-i18next';
import type { UnitCalendar } from '../../../api/types';
import { DayStatusBadge } from '../common/DayStatus';
import { useDayNames } from '../common/useDayNames';

/** The unit calendar on a phone: each working day with its people and the count against the limit. */
export function DayList({ calendar }: { calendar: UnitCalendar }) {
  const { t } = useTranslation();
  const names = useDayNames();
  const limit = calendar.maxAgilePerDay;
  const days = calendar.days.filter((d) => d.workingDay);
  return (
    <ul className="list-unstyled unit-day-list mb-0" aria-label={t('unitCalendar.grid.caption', { unit: calendar.unitName })}>
      {days.map((d) => {
        const people = calendar.people.flatMap((p) => p.days.filter((x) => x.date === d.date).map((x) => ({ name: p.name, ...x })));
        return (
          <li key={d.date} className={`unit-day${d.overLimit ? ' unit-grid-over' : ''}`}>
            <div className="d-flex flex-wrap justify-content-between gap-2">
              <span className="fw-semibold first-capital">{names.long(d.date)}</span>
              <span>
                {limit === null ? t('unitCalendar.list.count', { count: d.approved + d.pending }) : t('unitCalendar.list.countOf', { count: d.approved + d.pending, limit })}
                {d.overLimit && <strong className="ms-1">{t('unitCalendar.grid.overLimit')}</strong>}
              </span>
            </div>
            {people.length > 0 && (
              <ul className="list-unstyled ms-2 mt-1 mb-0">
                {people.map((p) => (
                  <li key={p.id} className="d-flex flex-wrap gap-2 align-items-center">
                    {p.name} <DayStatusBadge status={p.status} />
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ul>
  );
}
