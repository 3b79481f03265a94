import { useTranslation } from 'react-i18next';
import type { FieldProblem } from '../../../api/http';
import { DataTable } from '../../../components/DataTable';

/** Row, column and reason of each problem the importer found, in file order. */
export function ImportErrorTable({ errors }: { errors: FieldProblem[] }) {
  const { t } = useTranslation();
  const rows = [...errors].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return (
    <DataTable<FieldProblem>
      caption={t('import.errorsCaption', { count: errors.length })}
      rows={rows}
      rowKey={(e) => `${e.row}-${e.field}-${e.detail}`}
      empty=""
      columns={[
        { key: 'row', header: t('import.row'), render: (e) => e.row ?? '—', className: 'text-nowrap' },
        { key: 'field', header: t('import.column'), render: (e) => <code>{e.field}</code> },
        { key: 'detail', header: t('import.error'), render: (e) => e.detail },
      ]}
    />
  );
}
