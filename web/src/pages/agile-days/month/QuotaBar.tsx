import { useTranslation } from 'react-i18next';
import type { Quota } from '../../../api/types';

/**
 * Art. 7 — the month's quota: what it is made of (base, extensions, bank, recovered days, minus
 * what was given to the bank) and how it is spent (used, pending, remaining). The bar only
 * repeats the numbers written beside it.
 */
export function QuotaBar({ quota }: { quota: Quota }) {
  const { t } = useTranslation();
  const total = Math.max(quota.total, quota.used + quota.pending + quota.remaining, 1);
  const part = (n: number) => `${(100 * n) / total}%`;
  const made: [string, number, string?][] = [
    [t('agileDays.quota.base'), quota.base, 'art. 7.1'],
    [t('agileDays.quota.extensions'), quota.extensions, 'art. 7.2'],
    [t('agileDays.quota.bank'), quota.bank, 'art. 7.8'],
    [t('agileDays.quota.recovered'), quota.recovered, 'art. 10.2'],
    [t('agileDays.quota.released'), -quota.released, 'art. 7.8'],
  ];
  return (
    <div className="quota">
      <p className="h5 mb-2 quota-summary">{t('agileDays.quota.summary', { remaining: quota.remaining, total: quota.total })}</p>
      <div className="quota-bar mb-2" aria-hidden="true">
        <span className="quota-used" style={{ width: part(quota.used) }} />
        <span className="quota-pending" style={{ width: part(quota.pending) }} />
        <span className="quota-remaining" style={{ width: part(quota.remaining) }} />
      </div>
      <ul className="list-inline quota-legend mb-3">
        <li className="list-inline-item">
          <span className="quota-swatch quota-used" aria-hidden="true" /> {t('agileDays.quota.used')}: <strong>{quota.used}</strong>
        </li>
        <li className="list-inline-item">
          <span className="quota-swatch quota-pending" aria-hidden="true" /> {t('agileDays.quota.pending')}: <strong>{quota.pending}</strong>
        </li>
        <li className="list-inline-item">
          <span className="quota-swatch quota-remaining" aria-hidden="true" /> {t('agileDays.quota.remaining')}: <strong>{quota.remaining}</strong>
        </li>
      </ul>
      <table className="table table-sm quota-table mb-0">
        <caption className="visually-hidden">{t('agileDays.quota.caption')}</caption>
        <tbody>
          {made.map(([label, n, article]) => (
            <tr key={label}>
              <th scope="row" className="fw-normal">
                {label} {article && <span className="badge article-badge ms-1">{article}</span>}
              </th>
              <td className="text-end text-nowrap">{n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0'}</td>
            </tr>
          ))}
          <tr className="fw-semibold">
            <th scope="row">{t('agileDays.quota.total')}</th>
            <td className="text-end">{quota.total}</td>
          </tr>
        </tbody>
      </table>
      {quota.continuousPeriods.length > 0 && <ContinuousPeriods periods={quota.continuousPeriods} />}
    </div>
  );
}

function ContinuousPeriods({ periods }: { periods: Quota['continuousPeriods'] }) {
  const { t } = useTranslation();
  return (
    <p className="mt-3 mb-0">
      {t('agileDays.quota.continuous')}{' '}
      {periods.map((p) => t('agileDays.quota.period', { from: p.from.split('-').reverse().join('/'), to: p.to.split('-').reverse().join('/') })).join('; ')}
    </p>
  );
}
