import { useTranslation } from 'react-i18next';
import type { MyMonth } from '../../../api/types';
import { hoursOf } from '../common/month';

/** Art. 10–12 — when the agile day is worked: the co-presence band, the 07–21 window, the daily hours, the deadlines. */
export function WorkingTimes({ month }: { month: MyMonth }) {
  const { t } = useTranslation();
  const daily = hoursOf(month.dailyMinutes);
  const items: [string, string][] = [
    [t('agileDays.times.band'), month.agreement ? t('agileDays.times.range', { start: month.agreement.band.start, end: month.agreement.band.end }) : t('agileDays.times.noAgreement')],
    [t('agileDays.times.window'), t('agileDays.times.range', { start: month.workingWindow.start, end: month.workingWindow.end })],
    [t('agileDays.times.daily'), t('agileDays.times.hours', { hours: daily.hours, minutes: daily.minutes })],
    [t('agileDays.times.notice'), t('agileDays.times.noticeDays', { count: month.noticeDays })],
    [t('agileDays.times.cancel'), t('agileDays.times.cancelBefore', { time: month.cancellationCutoff })],
  ];
  return (
    <dl className="times-list mb-0">
      {items.map(([label, value]) => (
        <div key={label} className="mb-2">
          <dt>{label}</dt>
          <dd className="mb-0 fs-5">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
