import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../../../api/client';
import type { Employee, TransferResult } from '../../../api/types';
import { SubmitButton } from '../../../components/form/SubmitButton';
import { TextField } from '../../../components/form/TextField';
import { useFocusInvalid } from '../../../components/form/useFocusInvalid';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { Section } from '../../../components/Section';
import { useAsync } from '../../../hooks/useAsync';
import { useSubmit } from '../../../hooks/useSubmit';
import { UnitPicker, useUnits } from '../common/UnitPicker';

/**
 * Art. 9.3 — HR records a transfer; moving to another directorate lapses the employee's
 * agreements on that date, and the page says which.
 */
export function TransferSection({ employee, onTransferred }: { employee: Employee; onTransferred(): void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [directorateId, setDirectorateId] = useState('');
  const [unitId, setUnitId] = useState('');
  const [date, setDate] = useState('');
  const [result, setResult] = useState<TransferResult | null>(null);
  const directorates = useAsync(() => api.directorates.list(), []);
  const units = useUnits(directorateId);
  const submit = useSubmit();
  const form = useRef<HTMLFormElement>(null);
  const outcome = useRef<HTMLDivElement>(null);
  useFocusInvalid(submit.error, form);

  async function save(event: FormEvent) {
    event.preventDefault();
    const done = await submit.run(() => api.employees.transfer(employee.id, { unitId, date }));
    if (!done) return;
    setResult(done);
    setOpen(false);
    onTransferred();
  }

  useEffect(() => {
    if (result) outcome.current?.focus();
  }, [result]);

  return (
    <Section
      id="transfer"
      title={t('transfer.title')}
      actions={
        !open && (
          <button
            type="button"
            className="btn btn-outline-primary btn-sm"
            onClick={() => {
              setOpen(true);
              setResult(null);
            }}
          >
            {t('transfer.open')}
          </button>
        )
      }
    >
      <p className="mb-3">{t('transfer.lead')}</p>
      {result && (
        <div ref={outcome} tabIndex={-1} className="alert alert-success transfer-outcome" role="status">
          <strong className="d-block">{t('transfer.done')}</strong>
          {result.lapsedAgreementIds.length === 0 ? (
            t('transfer.noneLapsed')
          ) : (
            <>
              {t('transfer.lapsed', { count: result.lapsedAgreementIds.length })}
              <ul className="mb-0">
                {result.lapsedAgreementIds.map((id, i) => (
                  <li key={id}>
                    <Link to={`/accordi/${id}`}>{t('transfer.lapsedLink', { n: i + 1 })}</Link>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      {open && (
        <form ref={form} onSubmit={save} noValidate aria-label={t('transfer.title')}>
          <ProblemAlert error={submit.error} shownAt={['unitId', 'date']} />
          <UnitPicker
            idPrefix="transfer"
            directorates={directorates.data ?? []}
            units={(units.data ?? []).filter((u) => u.id !== employee.unitId)}
            directorateId={directorateId}
            unitId={unitId}
            onChange={(c) => {
              setDirectorateId(c.directorateId);
              setUnitId(c.unitId);
            }}
            unitHint={t('transfer.unitHint', { unit: employee.unitName })}
            unitError={submit.fieldError('unitId')}
          />
          <div className="row">
            <div className="col-12 col-md-6">
              <TextField id="transfer-date" type="date" label={t('transfer.date')} value={date} onChange={setDate} hint={t('transfer.dateHint')} error={submit.fieldError('date')} required />
            </div>
          </div>
          <div className="d-flex flex-wrap gap-2">
            <SubmitButton busy={submit.busy} busyLabel={t('common.saving')}>
              {t('transfer.submit')}
            </SubmitButton>
            <button type="button" className="btn btn-outline-secondary" onClick={() => setOpen(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
    </Section>
  );
}
