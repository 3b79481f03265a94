import { useTranslation } from 'react-i18next';
import { AGILE_DAY_STATUSES } from '../../../api/enums';
import { DAY_SYMBOLS } from './DayStatus';

/** What the symbols of the day states mean (the grids repeat the words for screen readers). */
export function DayLegend() {
  const { t } = useTranslation();
  return (
    <ul className="list-inline day-legend small mb-3" aria-label={t('agileDays.legend')}>
      {AGILE_DAY_STATUSES.map((s) => (
        <li key={s} className="list-inline-item me-3">
          <span className={`day-symbol day-symbol-${s}`} aria-hidden="true">
            {DAY_SYMBOLS[s]}
          </span>{' '}
          {t(`dayStatuses.${s}`)}
        </li>
      ))}
      <li className="list-inline-item">
        <span className="day-symbol day-symbol-off" aria-hidden="true" /> {t('agileDays.grid.notWorking')}
      </li>
    </ul>
  );
}
