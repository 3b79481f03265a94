import { useTranslation } from 'react-i18next';
import { api, downloads } from '../../../api/client';
import { DataTable } from '../../../components/DataTable';
import { Loading } from '../../../components/Loading';
import { Page } from '../../../components/Page';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { Section } from '../../../components/Section';
import { useAsync } from '../../../hooks/useAsync';
import { can } from '../../../session/roles';
import { useMe } from '../../../session/SessionContext';
import { MonthNav, useMonthName } from '../common/MonthNav';
import { useMonthParam } from '../common/useMonthParam';

/**
 * Art. 13.4 — the right to disconnect, by directorate and month: messages sent, held until the
 * working window, sent as urgent, and actions done outside 07–21. HR also downloads the month's
 * agile days for the attendance system.
 */
export function DisconnectionPage() {
  const { t } = useTranslation();
  const me = useMe();
  const monthName = useMonthName();
  const [month, setMonth] = useMonthParam();
  const report = useAsync((signal) => api.reports.disconnection(month, signal), [month]);
  const data = report.data;
  const sum = (key: 'notifications' | 'held' | 'urgent' | 'actions' | 'actionsOutsideWindow') => data?.rows.reduce((s, r) => s + r[key], 0) ?? 0;

  return (
    <Page title={t('disconnection.title')} trail={[]} lead={t('disconnection.lead')}>
      {data && <MonthNav month={data.month} onMonth={setMonth} busy={report.loading} />}
      <ProblemAlert error={report.error} />
      {report.loading && !data && <Loading />}
      {data && (
        <div className={report.loading ? 'opacity-50' : undefined} aria-busy={report.loading}>
          <p>{t('disconnection.window', { start: data.window.start, end: data.window.end })}</p>
          <p className="fw-semibold">
            {t('disconnection.totals', { notifications: sum('notifications'), held: sum('held'), urgent: sum('urgent'), outside: sum('actionsOutsideWindow'), actions: sum('actions') })}
          </p>
          <DataTable
            caption={t('disconnection.caption', { month: monthName(data.month) })}
            rows={data.rows}
            rowKey={(r) => r.directorateId}
            empty={t('disconnection.none')}
            columns={[
              { key: 'name', header: t('disconnection.directorate'), render: (r) => `${r.code} · ${r.name}` },
              { key: 'notifications', header: t('disconnection.notifications'), className: 'text-end', render: (r) => r.notifications },
              { key: 'held', header: t('disconnection.held'), className: 'text-end', render: (r) => r.held },
              { key: 'urgent', header: t('disconnection.urgent'), className: 'text-end', render: (r) => r.urgent },
              { key: 'actions', header: t('disconnection.actions'), className: 'text-end', render: (r) => r.actions },
              {
                key: 'outside',
                header: t('disconnection.outside'),
                className: 'text-end',
                render: (r) => (r.actionsOutsideWindow > 0 ? <strong>{r.actionsOutsideWindow}</strong> : r.actionsOutsideWindow),
              },
            ]}
          />
          {can(me, 'agileDaysExport') && (
            <Section id="agile-export" title={t('disconnection.export.title')}>
              <p>{t('disconnection.export.lead')}</p>
              <a className="btn btn-outline-primary" href={downloads.agileDays(data.month)} download>
                {t('disconnection.export.csv', { month: monthName(data.month) })}
              </a>
            </Section>
          )}
        </div>
      )}
    </Page>
  );
}
