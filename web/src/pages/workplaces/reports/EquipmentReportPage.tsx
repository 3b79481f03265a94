import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { DataTable } from '../../../components/DataTable';
import { DetailList } from '../../../components/DetailList';
import { Loading } from '../../../components/Loading';
import { Page } from '../../../components/Page';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { Section } from '../../../components/Section';
import { useAsync } from '../../../hooks/useAsync';
import { useFormat } from '../../../hooks/useFormat';

/** Tabella J 6.1 and (A): laptops and phones among agile workers, virtual-desktop licences against the plan, own devices. */
export function EquipmentReportPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const report = useAsync((signal) => api.reports.equipment(signal), []);
  const data = report.data;
  // The API answers shares in percent with one decimal.
  const percent = (v: number | null) => (v === null ? '—' : `${format.number(v)}%`);

  return (
    <Page title={t('equipmentReport.title')} trail={[]} lead={t('equipmentReport.lead')}>
      <ProblemAlert error={report.error} />
      {report.loading && !data && <Loading />}
      {data && (
        <>
          <Section id="equipment-indicators" title={t('equipmentReport.indicators')}>
            <DetailList
              items={[
                [t('equipmentReport.agileWorkers'), format.number(data.agileWorkers)],
                [t('equipmentReport.laptopAndPhone'), t('equipmentReport.share', { count: format.number(data.withLaptopAndPhone), share: percent(data.withLaptopAndPhoneShare) })],
                [t('equipmentReport.vdi'), data.vdiPlanned === null ? format.number(data.vdiLicences) : t('equipmentReport.vdiOf', { count: format.number(data.vdiLicences), planned: format.number(data.vdiPlanned), share: percent(data.vdiCoverage) })],
                [t('equipmentReport.ownDevices'), t('equipmentReport.share', { count: format.number(data.withOwnDevices), share: percent(data.withOwnDevicesShare) })],
              ]}
            />
          </Section>
          <Section id="equipment-by-type" title={t('equipmentReport.byType')}>
            <DataTable
              caption={t('equipmentReport.byType')}
              captionHidden
              rows={data.byType}
              rowKey={(r) => r.type}
              empty={t('equipment.none')}
              columns={[
                { key: 'type', header: t('equipment.type'), render: (r) => t(`equipmentTypes.${r.type}`) },
                { key: 'inStock', header: t('equipmentStates.in_stock'), className: 'text-end', render: (r) => format.number(r.inStock) },
                { key: 'assigned', header: t('equipmentStates.assigned'), className: 'text-end', render: (r) => format.number(r.assigned) },
                { key: 'repair', header: t('equipmentStates.repair'), className: 'text-end', render: (r) => format.number(r.repair) },
                { key: 'retired', header: t('equipmentStates.retired'), className: 'text-end', render: (r) => format.number(r.retired) },
              ]}
            />
          </Section>
        </>
      )}
    </Page>
  );
}
