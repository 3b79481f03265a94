import { useTranslation } from 'react-i18next';
import type { AgileDay } from '../../../api/types';
import { useDayNames } from '../common/useDayNames';

/** Art. 11.2, 19 — authorized days already worked whose results are still to be verified. */
export function ToVerifyList({ days, decides, onVerify }: { days: AgileDay[]; decides: boolean; onVerify(day: AgileDay): void }) {
  const { t } = useTranslation();
  const names = useDayNames();
  if (days.length === 0) return <p className="mb-0">{t('unitCalendar.verify.none')}</p>;
  return (
    <ul className="list-unstyled to-verify-list mb-0">
      {days.map((d) => (
        <li key={d.id} className="d-flex flex-wrap justify-content-between align-items-start gap-2 py-2 border-bottom">
          <div>
            <strong>{d.employeeName}</strong> · {names.long(d.date)}
            <p className="mb-0 small">{t('unitCalendar.pending.activities', { text: d.activities })}</p>
          </div>
          {decides && (
            <button type="button" className="btn btn-outline-primary btn-sm" onClick={() => onVerify(d)} aria-label={t('unitCalendar.verify.verifyOf', { name: d.employeeName, day: names.long(d.date) })}>
              {t('unitCalendar.verify.verify')}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
