import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Application } from '../../../api/types';
import { useFormat } from '../../../hooks/useFormat';
import { ApplicationStatusBadge } from '../common/StatusBadge';

/** The employee's applications, newest first, with the director's decision. */
export function MyApplications({ applications }: { applications: Application[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (applications.length === 0) return <p className="mb-0">{t('mine.applications.none')}</p>;
  return (
    <div className="table-responsive">
      <table className="table align-top mb-0">
        <caption className="visually-hidden">{t('mine.applications.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('mine.applications.submittedAt')}</th>
            <th scope="col">{t('mine.applications.status')}</th>
            <th scope="col" className="d-none d-md-table-cell">
              {t('mine.applications.activities')}
            </th>
            <th scope="col">{t('mine.applications.decision')}</th>
          </tr>
        </thead>
        <tbody>
          {applications.map((a) => (
            <tr key={a.id}>
              <th scope="row" className="fw-normal text-nowrap">
                {format.date(a.submittedAt)}
              </th>
              <td>
                <ApplicationStatusBadge status={a.status} />
              </td>
              <td className="d-none d-md-table-cell">
                {a.activities.map((x) => x.name).join('; ')}
                <small className="d-block text-muted">{t('mine.applications.asked', { count: a.requestedDaysPerMonth })}</small>
              </td>
              <td>
                {a.status === 'submitted' && t('mine.applications.waiting')}
                {a.status === 'approved' && (
                  <>
                    {t('mine.applications.approved', { count: a.decision?.monthlyQuota ?? 0 })}
                    {a.agreementId && (
                      <Link className="d-block" to={`/accordi/${a.agreementId}`}>
                        {t('mine.applications.openAgreement')}
                      </Link>
                    )}
                  </>
                )}
                {a.status === 'refused' && t('mine.applications.refused', { reason: a.decision?.reason ?? '' })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
