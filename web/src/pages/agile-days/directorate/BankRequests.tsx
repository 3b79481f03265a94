import { useTranslation } from 'react-i18next';
import type { BankRequest } from '../../../api/types';
import { DataTable } from '../../../components/DataTable';
import { useFormat } from '../../../hooks/useFormat';
import { BankRequestStatusBadge } from '../common/RequestStatusBadges';

/** Art. 7.8 — the month's requests to the bank, in priority order as the API gives them, each to grant or refuse. */
export function BankRequests({ requests, busy, onGrant, onRefuse }: { requests: BankRequest[]; busy: boolean; onGrant(r: BankRequest): void; onRefuse(r: BankRequest): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <DataTable
      caption={t('bank.requests.caption')}
      captionHidden
      rows={requests}
      rowKey={(r) => r.id}
      empty={t('bank.requests.none')}
      columns={[
        {
          key: 'name',
          header: t('bank.requests.employee'),
          render: (r) => (
            <>
              {r.employeeName}
              <small className="d-block d-md-none">{t(`criteria.${r.criterion}`)}</small>
            </>
          ),
        },
        { key: 'criterion', header: t('bank.requests.criterion'), className: 'd-none d-md-table-cell', render: (r) => t(`criteria.${r.criterion}`) },
        { key: 'days', header: t('bank.requests.days'), className: 'text-end', render: (r) => (r.status === 'granted' ? t('bank.requests.granted', { granted: r.grantedDays, days: r.days }) : r.days) },
        { key: 'at', header: t('bank.requests.at'), className: 'd-none d-md-table-cell', render: (r) => format.date(r.requestedAt) },
        {
          key: 'status',
          header: t('bank.requests.status'),
          render: (r) => (
            <>
              <BankRequestStatusBadge status={r.status} />
              {r.decision?.reason && <small className="d-block">{r.decision.reason}</small>}
            </>
          ),
        },
        {
          key: 'actions',
          header: t('common.actions'),
          render: (r) =>
            r.status === 'requested' && (
              <div className="d-flex flex-wrap gap-1">
                <button type="button" className="btn btn-primary btn-xs" disabled={busy} onClick={() => onGrant(r)} aria-label={t('bank.requests.grantOf', { name: r.employeeName })}>
                  {t('bank.requests.grant')}
                </button>
                <button type="button" className="btn btn-outline-danger btn-xs" disabled={busy} onClick={() => onRefuse(r)} aria-label={t('bank.requests.refuseOf', { name: r.employeeName })}>
                  {t('bank.requests.refuse')}
                </button>
              </div>
            ),
        },
      ]}
    />
  );
}
