import { useTranslation } from 'react-i18next';
import { Icon } from '../../../components/Icon';
import { useFormat } from '../../../hooks/useFormat';
import { shiftMonth } from './month';

/** "‹ ottobre 2026 | novembre 2026 | dicembre 2026 ›": the month shown, and buttons to the one before and after. */
export function MonthNav({ month, onMonth, busy }: { month: string; onMonth(month: string): void; busy?: boolean }) {
  const { t } = useTranslation();
  const name = useMonthName();
  const previous = shiftMonth(month, -1);
  const next = shiftMonth(month, 1);
  return (
    <nav className="month-nav d-flex flex-wrap align-items-center justify-content-between gap-2 mb-4" aria-label={t('agileDays.monthNav.label')}>
      <button type="button" className="btn btn-outline-primary btn-sm month-nav-previous" onClick={() => onMonth(previous)} disabled={busy}>
        <Icon name="chevron-left" size="sm" className="icon-primary" />
        <span className="visually-hidden">{t('agileDays.monthNav.previous')} </span>
        {name(previous)}
      </button>
      <h2 className="h4 mb-0 first-capital month-nav-title" aria-live="polite">
        {name(month)}
      </h2>
      <button type="button" className="btn btn-outline-primary btn-sm month-nav-next" onClick={() => onMonth(next)} disabled={busy}>
        <span className="visually-hidden">{t('agileDays.monthNav.next')} </span>
        {name(next)}
        <Icon name="chevron-right" size="sm" className="icon-primary" />
      </button>
    </nav>
  );
}

/** "novembre 2026" for 2026-11. */
export function useMonthName() {
  const format = useFormat();
  return (month: string) => `${format.monthName(Number(month.slice(5, 7)))} ${month.slice(0, 4)}`;
}
