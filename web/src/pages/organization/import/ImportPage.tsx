import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { ApiError } from '../../../api/http';
import type { ImportResult } from '../../../api/types';
import type { UploadPhase } from '../../../api/upload';
import { CheckboxField } from '../../../components/form/CheckboxField';
import { Icon } from '../../../components/Icon';
import { Page } from '../../../components/Page';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { Section } from '../../../components/Section';
import { useFormat } from '../../../hooks/useFormat';
import { templateHref } from './csvTemplate';
import { FileDropZone } from './FileDropZone';
import { ImportErrorTable } from './ImportErrorTable';
import { ImportSummary } from './ImportSummary';
import { isCsvFile, readCsvFile } from './readCsvFile';
import { UploadProgress } from './UploadProgress';

type Outcome = { kind: 'result'; result: ImportResult } | { kind: 'refused'; error: ApiError } | { kind: 'failed'; error: unknown };

/** HR loads the employee register from a CSV: check first, then import; a file with errors imports nothing. */
export function ImportPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [file, setFile] = useState<File | null>(null);
  const [fileProblem, setFileProblem] = useState('');
  const [partial, setPartial] = useState(false);
  const [phase, setPhase] = useState<UploadPhase | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const outcomeHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (outcome) outcomeHeading.current?.focus();
  }, [outcome]);

  const choose = (chosen: File) => {
    setOutcome(null);
    if (!isCsvFile(chosen)) {
      setFile(null);
      setFileProblem(t('import.notCsv', { name: chosen.name }));
      return;
    }
    setFileProblem('');
    setFile(chosen);
  };

  async function send(dryRun: boolean) {
    if (!file) return;
    setOutcome(null);
    try {
      const text = await readCsvFile(file);
      const result = await api.imports.employees(text, { dryRun, partial }, setPhase);
      setOutcome({ kind: 'result', result });
    } catch (error) {
      setOutcome(error instanceof ApiError && error.code === 'IMPORT_INVALID' ? { kind: 'refused', error } : { kind: 'failed', error });
    } finally {
      setPhase(null);
    }
  }

  const busy = phase !== null;

  return (
    <Page title={t('import.title')} trail={[]} lead={t('import.lead')}>
      <Section id="import-file" title={t('import.fileTitle')} actions={
        <a className="btn btn-outline-primary btn-sm" href={templateHref()} download="modello-dipendenti.csv">
          <Icon name="download" size="sm" className="icon-primary me-1" />
          {t('import.template')}
        </a>
      }>
        <FileDropZone onFile={choose} disabled={busy} />
        <div role="status" aria-live="polite" className="mt-3">
          {file && (
            <p className="mb-0 chosen-file">
              <Icon name="file-csv" size="sm" className="icon-primary me-1" />
              {t('import.chosen', { name: file.name, size: format.number(Math.ceil(file.size / 1024)) })}
            </p>
          )}
        </div>
        {fileProblem && (
          <div className="alert alert-warning mt-3" role="alert">
            {fileProblem}
          </div>
        )}
        <div className="mt-3">
          <CheckboxField id="import-partial" label={t('import.partial')} hint={t('import.partialHint')} checked={partial} onChange={setPartial} disabled={busy} />
        </div>
        <div className="d-flex flex-wrap gap-2 mt-3">
          <button type="button" className="btn btn-outline-primary" disabled={!file || busy} onClick={() => void send(true)}>
            {t('import.check')}
          </button>
          <button type="button" className="btn btn-primary" disabled={!file || busy} onClick={() => void send(false)}>
            {t('import.import')}
          </button>
        </div>
        <div aria-live="polite">{phase && <UploadProgress phase={phase} />}</div>
      </Section>

      {outcome && (
        <Section id="import-outcome" title={t('import.outcomeTitle')}>
          <h3 ref={outcomeHeading} tabIndex={-1} className="visually-hidden">
            {t('import.outcomeTitle')}
          </h3>
          {outcome.kind === 'result' && <ImportSummary result={outcome.result} />}
          {outcome.kind === 'refused' && (
            <>
              <div className="alert alert-danger" role="alert">
                <strong className="d-block">{t('import.refusedTitle')}</strong>
                <span className="d-block">{outcome.error.detail}</span>
                <span className="d-block">{t('import.nothingImported')}</span>
              </div>
              <ImportErrorTable errors={outcome.error.errors} />
            </>
          )}
          {outcome.kind === 'failed' && <ProblemAlert error={outcome.error} />}
        </Section>
      )}
    </Page>
  );
}
