import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Agreement } from '../../../api/types';
import { useFormat } from '../../../hooks/useFormat';
import { AgreementStatusBadge } from '../common/StatusBadge';

/** The employee's agreements, each opening its page (terms, signatures, PDF). */
export function MyAgreements({ agreements }: { agreements: Agreement[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (agreements.length === 0) return <p className="mb-0">{t('mine.agreements.none')}</p>;
  return (
    <div className="table-responsive">
      <table className="table align-middle mb-0">
        <caption className="visually-hidden">{t('mine.agreements.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('mine.agreements.agreement')}</th>
            <th scope="col">{t('mine.agreements.status')}</th>
            <th scope="col" className="d-none d-md-table-cell text-end">
              {t('agreement.quota')}
            </th>
          </tr>
        </thead>
        <tbody>
          {agreements.map((a) => (
            <tr key={a.id}>
              <th scope="row" className="fw-normal">
                <Link to={`/accordi/${a.id}`}>
                  {a.startDate ? t('mine.agreements.period', { from: format.date(a.startDate), to: format.date(a.endDate) }) : t('mine.agreements.untilPeriod', { to: format.date(a.endDate) })}
                </Link>
              </th>
              <td>
                <AgreementStatusBadge status={a.status} />
              </td>
              <td className="d-none d-md-table-cell text-end text-nowrap">{t('mapping.daysPerMonth', { count: a.monthlyQuota })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
