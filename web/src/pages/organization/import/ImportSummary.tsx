import { useTranslation } from 'react-i18next';
import type { ImportResult } from '../../../api/types';
import { DetailList } from '../../../components/DetailList';
import { useFormat } from '../../../hooks/useFormat';
import { ImportErrorTable } from './ImportErrorTable';

/** What a check or an import did: counts, and the rows left out of a partial import. */
export function ImportSummary({ result }: { result: ImportResult }) {
  const { t } = useTranslation();
  const format = useFormat();
  const title = result.dryRun ? t('import.checkedTitle') : t('import.doneTitle');
  return (
    <div className="import-summary">
      <div className="alert alert-success" role="alert">
        <strong className="d-block">{title}</strong>
        {result.dryRun ? t('import.checkedText', { count: result.rows }) : t('import.doneText', { created: result.created, updated: result.updated })}
      </div>
      <DetailList
        items={[
          [t('import.counts.rows'), format.number(result.rows)],
          [result.dryRun ? t('import.counts.toCreate') : t('import.counts.created'), format.number(result.created)],
          [result.dryRun ? t('import.counts.toUpdate') : t('import.counts.updated'), format.number(result.updated)],
          [t('import.counts.skipped'), format.number(result.skipped)],
        ]}
      />
      {result.errors.length > 0 && (
        <>
          <h3 className="h5 mt-4">{t('import.skippedRows')}</h3>
          <ImportErrorTable errors={result.errors} />
        </>
      )}
    </div>
  );
}
