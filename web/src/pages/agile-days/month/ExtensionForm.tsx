import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { PRIORITY_ORDER, SPECIAL_SITUATIONS } from '../../../api/enums';
import type { Extension, PriorityCriterion, SpecialSituation } from '../../../api/types';
import { CheckboxField } from '../../../components/form/CheckboxField';
import { SelectField } from '../../../components/form/SelectField';
import { SubmitButton } from '../../../components/form/SubmitButton';
import { TextAreaField } from '../../../components/form/TextAreaField';
import { TextField } from '../../../components/form/TextField';
import { useFocusInvalid } from '../../../components/form/useFocusInvalid';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useSubmit } from '../../../hooks/useSubmit';

const FIELDS = ['criterion', 'specialSituation', 'from', 'to', 'extraDaysPerMonth', 'continuous', 'note'];

/**
 * Art. 7.2–7.3 — asking for more days for a priority criterion: extra days a month for a period,
 * or, in the special situations of art. 7.3, a continuous period outside the quota. The
 * circumstance is protected data: only HR and the deciding director read it.
 */
export function ExtensionForm({ employeeId, onDone }: { employeeId: string; onDone(e: Extension): void }) {
  const { t } = useTranslation();
  const [criterion, setCriterion] = useState('');
  const [situation, setSituation] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [extra, setExtra] = useState('');
  const [continuous, setContinuous] = useState(false);
  const [note, setNote] = useState('');
  const submit = useSubmit();
  const form = useRef<HTMLFormElement>(null);
  useFocusInvalid(submit.error, form);
  const special = criterion === 'special_situation';

  async function send(event: FormEvent) {
    event.preventDefault();
    const saved = await submit.run(() =>
      api.extensions.create({
        employeeId,
        criterion: criterion as PriorityCriterion,
        specialSituation: special && situation ? (situation as SpecialSituation) : null,
        from,
        to,
        continuous: special && continuous,
        extraDaysPerMonth: special && continuous ? null : extra ? Number(extra) : null,
        note,
      }),
    );
    if (saved) onDone(saved);
  }

  return (
    <form ref={form} onSubmit={send} noValidate aria-labelledby="extension-form-title">
      <h3 id="extension-form-title" className="h5">
        {t('extensions.form.title')}
      </h3>
      <ProblemAlert error={submit.error} shownAt={FIELDS} />
      <div className="row">
        <div className="col-12 col-md-6">
          <SelectField
            id="extension-criterion"
            label={t('extensions.form.criterion')}
            value={criterion}
            onChange={setCriterion}
            placeholder={t('agileDays.bank.chooseCriterion')}
            options={PRIORITY_ORDER.map((c) => ({ value: c, label: t(`criteria.${c}`) }))}
            error={submit.fieldError('criterion')}
          />
        </div>
        {special && (
          <div className="col-12 col-md-6">
            <SelectField
              id="extension-situation"
              label={t('extensions.form.situation')}
              value={situation}
              onChange={setSituation}
              placeholder={t('extensions.form.chooseSituation')}
              options={SPECIAL_SITUATIONS.map((s) => ({ value: s, label: t(`specialSituations.${s}`) }))}
              error={submit.fieldError('specialSituation')}
            />
          </div>
        )}
      </div>
      <div className="row">
        <div className="col-12 col-md-6">
          <TextField id="extension-from" type="date" label={t('extensions.form.from')} value={from} onChange={setFrom} required error={submit.fieldError('from')} />
        </div>
        <div className="col-12 col-md-6">
          <TextField id="extension-to" type="date" label={t('extensions.form.to')} value={to} onChange={setTo} required error={submit.fieldError('to')} />
        </div>
      </div>
      {special && (
        <CheckboxField id="extension-continuous" label={t('extensions.form.continuous')} hint={t('extensions.form.continuousHint')} checked={continuous} onChange={setContinuous} error={submit.fieldError('continuous')} />
      )}
      {!(special && continuous) && (
        <div className="row">
          <div className="col-12 col-md-6">
            <TextField id="extension-extra" type="number" min={1} inputMode="numeric" label={t('extensions.form.extra')} value={extra} onChange={setExtra} error={submit.fieldError('extraDaysPerMonth')} />
          </div>
        </div>
      )}
      <TextAreaField
        id="extension-note"
        label={
          <>
            {t('extensions.form.note')} <span className="badge bg-dark ms-1">{t('extensions.form.protected')}</span>
          </>
        }
        hint={t('extensions.form.noteHint')}
        value={note}
        onChange={setNote}
        rows={3}
        required
        error={submit.fieldError('note')}
      />
      <SubmitButton busy={submit.busy} busyLabel={t('common.saving')}>
        {t('extensions.form.submit')}
      </SubmitButton>
    </form>
  );
}
