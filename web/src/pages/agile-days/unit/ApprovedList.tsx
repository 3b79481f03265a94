import { useTranslation } from 'react-i18next';
import type { UnitCalendar } from '../../../api/types';
import { useDayNames } from '../common/useDayNames';
import type { Revocable } from './RevokeDialog';

/** Art. 10.2 — the authorized days still to come, each revocable by the manager (the API checks the day's notice). */
export function ApprovedList({ calendar, today, decides, onRevoke }: { calendar: UnitCalendar; today: string; decides: boolean; onRevoke(day: Revocable): void }) {
  const { t } = useTranslation();
  const names = useDayNames();
  const days = calendar.people
    .flatMap((p) => p.days.filter((d) => d.status === 'approved' && d.date > today).map((d) => ({ id: d.id, date: d.date, employeeName: p.name })))
    .sort((a, b) => a.date.localeCompare(b.date) || a.employeeName.localeCompare(b.employeeName, 'it'));
  if (days.length === 0) return <p className="mb-0">{t('unitCalendar.approved.none')}</p>;
  return (
    <ul className="list-unstyled approved-list mb-0">
      {days.map((d) => (
        <li key={d.id} className="d-flex flex-wrap justify-content-between align-items-center gap-2 py-2 border-bottom">
          <span>
            <strong>{d.employeeName}</strong> · {names.long(d.date)}
          </span>
          {decides && (
            <button type="button" className="btn btn-outline-danger btn-sm" onClick={() => onRevoke(d)} aria-label={t('unitCalendar.approved.revokeOf', { name: d.employeeName, day: names.long(d.date) })}>
              {t('unitCalendar.approved.revoke')}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
