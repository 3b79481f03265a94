import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import type { UnitAssignment } from '../../../api/types';
import { DataTable } from '../../../components/DataTable';
import { Loading } from '../../../components/Loading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { Section } from '../../../components/Section';
import { useAsync } from '../../../hooks/useAsync';
import { useFormat } from '../../../hooks/useFormat';

/** Where the employee has worked, newest first (art. 9.3 reads the date of a change of directorate). */
export function UnitHistorySection({ employeeId, version }: { employeeId: string; version: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const history = useAsync(() => api.employees.unitHistory(employeeId), [employeeId, version]);
  const rows = [...(history.data ?? [])].sort((a, b) => b.from.localeCompare(a.from));
  return (
    <Section id="unit-history" title={t('employee.sections.unitHistory')}>
      <ProblemAlert error={history.error} />
      {history.loading && !history.data && <Loading />}
      {history.data && (
        <DataTable<UnitAssignment>
          caption={t('employee.unitHistory.caption')}
          captionHidden
          rows={rows}
          rowKey={(r) => `${r.unitId}-${r.from}`}
          empty={t('employee.unitHistory.none')}
          columns={[
            { key: 'unit', header: t('employee.unit'), render: (r) => r.unitName },
            { key: 'directorate', header: t('employee.directorate'), render: (r) => r.directorateName },
            { key: 'from', header: t('employee.unitHistory.from'), render: (r) => format.date(r.from) },
            { key: 'to', header: t('employee.unitHistory.to'), render: (r) => (r.to ? format.date(r.to) : t('employee.unitHistory.current')) },
          ]}
        />
      )}
    </Section>
  );
}
