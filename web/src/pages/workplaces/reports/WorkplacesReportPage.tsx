import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { DataTable } from '../../../components/DataTable';
import { DetailList } from '../../../components/DetailList';
import { SelectField } from '../../../components/form/SelectField';
import { SubmitButton } from '../../../components/form/SubmitButton';
import { TextField } from '../../../components/form/TextField';
import { Loading } from '../../../components/Loading';
import { Page } from '../../../components/Page';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { Section } from '../../../components/Section';
import { useAsync } from '../../../hooks/useAsync';
import { useFormat } from '../../../hooks/useFormat';
import { useMe } from '../../../session/SessionContext';
import { addDays } from '../common/dates';

/** Tabella J 2.1–2.2 and the occupancy of the desks, per site and per day (charts come with monitoring). */
export function WorkplacesReportPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const [period, setPeriod] = useState({ from: addDays(me.today, -29), to: me.today });
  const [from, setFrom] = useState(period.from);
  const [to, setTo] = useState(period.to);
  const [siteId, setSiteId] = useState('');
  const report = useAsync((signal) => api.reports.workplaces(period.from, period.to, signal), [period]);
  const percent = (v: number | null) => (v === null ? '—' : `${format.number(v)}%`);
  const data = report.data;
  const sites = data?.bySite ?? [];
  const days = data ? data.occupancy.filter((r) => r.siteId === (siteId || sites[0]?.siteId)) : [];

  function apply(event: FormEvent) {
    event.preventDefault();
    setPeriod({ from, to });
  }

  return (
    <Page title={t('workplacesReport.title')} trail={[]} lead={t('workplacesReport.lead')}>
      <form onSubmit={apply} noValidate className="row align-items-end">
        <div className="col-6 col-md-4">
          <TextField id="report-from" type="date" label={t('workplacesReport.from')} value={from} onChange={setFrom} required />
        </div>
        <div className="col-6 col-md-4">
          <TextField id="report-to" type="date" label={t('workplacesReport.to')} value={to} onChange={setTo} required />
        </div>
        <div className="col-12 col-md-4 mb-4">
          <SubmitButton busy={report.loading} busyLabel={t('common.loading')}>
            {t('workplacesReport.show')}
          </SubmitButton>
        </div>
      </form>
      <ProblemAlert error={report.error} />
      {report.loading && !data && <Loading />}
      {data && (
        <div className={report.loading ? 'opacity-50' : undefined} aria-busy={report.loading}>
          <Section id="report-indicators" title={t('workplacesReport.indicators')}>
            <DetailList
              items={[
                [t('workplacesReport.municipalDesks'), format.number(data.municipalDesks)],
                [t('workplacesReport.conventions'), format.number(data.nonMunicipalConventions)],
                [t('workplacesReport.nonMunicipalDesks'), format.number(data.nonMunicipalDesks)],
              ]}
            />
          </Section>
          <Section id="report-sites" title={t('workplacesReport.bySite')}>
            <DataTable
              caption={t('workplacesReport.bySiteCaption', { from: format.date(data.from), to: format.date(data.to) })}
              rows={sites}
              rowKey={(s) => s.siteId}
              empty={t('workplacesReport.none')}
              columns={[
                { key: 'site', header: t('workplacesReport.site'), render: (s) => s.siteName },
                { key: 'booked', header: t('workplacesReport.booked'), className: 'text-end', render: (s) => format.number(s.booked) },
                { key: 'checkedIn', header: t('workplacesReport.checkedIn'), className: 'text-end', render: (s) => format.number(s.checkedIn) },
                { key: 'noShow', header: t('workplacesReport.noShow'), className: 'text-end', render: (s) => format.number(s.noShow) },
                { key: 'cancelled', header: t('workplacesReport.cancelled'), className: 'text-end d-none d-md-table-cell', render: (s) => format.number(s.cancelled) },
                { key: 'occupancy', header: t('workplacesReport.occupancy'), className: 'text-end', render: (s) => percent(s.occupancy) },
              ]}
            />
          </Section>
          {sites.length > 0 && (
            <Section id="report-days" title={t('workplacesReport.byDay')}>
              <SelectField id="report-site" label={t('workplacesReport.site')} value={siteId || sites[0]!.siteId} onChange={setSiteId} options={sites.map((s) => ({ value: s.siteId, label: s.siteName }))} />
              <DataTable
                caption={t('workplacesReport.byDayCaption', { site: sites.find((s) => s.siteId === (siteId || sites[0]!.siteId))?.siteName ?? '' })}
                captionHidden
                rows={days}
                rowKey={(r) => r.date}
                empty={t('workplacesReport.none')}
                columns={[
                  { key: 'date', header: t('workplacesReport.date'), render: (r) => format.date(r.date) },
                  { key: 'desks', header: t('workplacesReport.desks'), className: 'text-end', render: (r) => r.desks },
                  { key: 'booked', header: t('workplacesReport.booked'), className: 'text-end', render: (r) => r.booked },
                  { key: 'checkedIn', header: t('workplacesReport.checkedIn'), className: 'text-end', render: (r) => r.checkedIn },
                  { key: 'noShow', header: t('workplacesReport.noShow'), className: 'text-end', render: (r) => r.noShow },
                  { key: 'occupancy', header: t('workplacesReport.occupancy'), className: 'text-end', render: (r) => percent(r.occupancy) },
                ]}
              />
            </Section>
          )}
        </div>
      )}
    </Page>
  );
}
