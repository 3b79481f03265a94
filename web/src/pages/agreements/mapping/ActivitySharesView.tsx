import { useTranslation } from 'react-i18next';
import type { EmployeeActivities } from '../../../api/types';
import { DetailList } from '../../../components/DetailList';
import { RemotableBadge } from '../common/StatusBadge';

/** POLA § 4.1 — the employee's activities by prevalence, the remotable share and the quota it proposes (art. 7.4). */
export function ActivitySharesView({ mapping }: { mapping: EmployeeActivities }) {
  const { t } = useTranslation();
  return (
    <>
      <DetailList
        items={[
          [t('mapping.year'), String(mapping.year)],
          [t('mapping.remotableShare'), <strong>{t('units.percent', { count: mapping.remotableShare })}</strong>],
          [t('mapping.potential'), mapping.potentialAgileWorker ? t('mapping.potentialYes') : t('mapping.potentialNo')],
          [
            t('mapping.proposedQuota'),
            <>
              <strong>{t('mapping.daysPerMonth', { count: mapping.proposedQuota })}</strong> <span className="badge article-badge ms-1">art. 7.4</span>
            </>,
          ],
        ]}
      />
      <div className="table-responsive mt-3">
        <table className="table table-sm align-middle mb-0">
          <caption className="visually-hidden">{t('mapping.caption', { year: mapping.year })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('mapping.activity')}</th>
              <th scope="col" className="text-end pe-4">
                {t('mapping.share')}
              </th>
              <th scope="col">{t('activities.outcome')}</th>
            </tr>
          </thead>
          <tbody>
            {mapping.items.length === 0 && (
              <tr>
                <td colSpan={3}>{t('mapping.none', { year: mapping.year })}</td>
              </tr>
            )}
            {mapping.items.map((item) => (
              <tr key={item.activityId}>
                <th scope="row" className="fw-normal">
                  {item.name}
                </th>
                <td className="text-end text-nowrap pe-4">{t('units.percent', { count: item.share })}</td>
                <td>
                  <RemotableBadge remotable={item.remotable} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
