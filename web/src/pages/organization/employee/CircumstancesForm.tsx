import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import type { Circumstances } from '../../../api/types';
import { CheckboxField } from '../../../components/form/CheckboxField';
import { SubmitButton } from '../../../components/form/SubmitButton';
import { TextField } from '../../../components/form/TextField';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useSubmit } from '../../../hooks/useSubmit';

/** HR records the protected circumstances that the priority rules of art. 7.2–7.3 and 9.2 read. */
export function CircumstancesForm({ employeeId, initial, onSaved, onCancel }: { employeeId: string; initial: Circumstances; onSaved(c: Circumstances): void; onCancel(): void }) {
  const { t } = useTranslation();
  const [disability, setDisability] = useState(initial.disability);
  const [law104, setLaw104] = useState(initial.law104);
  const [caregiver, setCaregiver] = useState(initial.caregiver);
  const [children, setChildren] = useState<string[]>(initial.childrenBirthDates);
  const [pregnancyFrom, setPregnancyFrom] = useState(initial.pregnancy?.from ?? '');
  const [pregnancyTo, setPregnancyTo] = useState(initial.pregnancy?.to ?? '');
  const [notes, setNotes] = useState(initial.notes ?? '');
  const submit = useSubmit();

  async function save(event: FormEvent) {
    event.preventDefault();
    const input: Circumstances = {
      disability,
      law104,
      caregiver,
      childrenBirthDates: children.filter(Boolean),
      pregnancy: pregnancyFrom || pregnancyTo ? { from: pregnancyFrom, to: pregnancyTo } : null,
      notes: notes.trim() || null,
    };
    const saved = await submit.run(() => api.employees.saveCircumstances(employeeId, input));
    if (saved) onSaved(saved);
  }

  return (
    <form onSubmit={save} noValidate aria-label={t('circumstances.editTitle')}>
      <ProblemAlert error={submit.error} />
      <fieldset className="mb-3">
        <legend className="h6">{t('circumstances.protections')}</legend>
        <CheckboxField id="c-disability" label={t('circumstances.disability')} checked={disability} onChange={setDisability} />
        <CheckboxField id="c-law104" label={t('circumstances.law104')} checked={law104} onChange={setLaw104} />
        <CheckboxField id="c-caregiver" label={t('circumstances.caregiver')} checked={caregiver} onChange={setCaregiver} />
      </fieldset>
      <fieldset className="mb-3">
        <legend className="h6">{t('circumstances.children')}</legend>
        {children.map((date, index) => (
          <div key={index} className="d-flex align-items-end gap-2">
            <div className="flex-grow-1">
              <TextField
                id={`c-child-${index}`}
                type="date"
                label={t('circumstances.childBirthDate', { n: index + 1 })}
                value={date}
                onChange={(v) => setChildren(children.map((d, i) => (i === index ? v : d)))}
                error={submit.fieldError(`childrenBirthDates.${index}`)}
              />
            </div>
            <button type="button" className="btn btn-outline-danger btn-sm mb-4" onClick={() => setChildren(children.filter((_, i) => i !== index))}>
              {t('circumstances.removeChild', { n: index + 1 })}
            </button>
          </div>
        ))}
        <button type="button" className="btn btn-outline-primary btn-sm" onClick={() => setChildren([...children, ''])}>
          {t('circumstances.addChild')}
        </button>
      </fieldset>
      <fieldset className="mb-3">
        <legend className="h6">{t('circumstances.pregnancy')}</legend>
        <div className="row">
          <div className="col-12 col-md-6">
            <TextField id="c-pregnancy-from" type="date" label={t('circumstances.from')} value={pregnancyFrom} onChange={setPregnancyFrom} error={submit.fieldError('pregnancy.from')} />
          </div>
          <div className="col-12 col-md-6">
            <TextField id="c-pregnancy-to" type="date" label={t('circumstances.to')} value={pregnancyTo} onChange={setPregnancyTo} error={submit.fieldError('pregnancy.to')} />
          </div>
        </div>
      </fieldset>
      <TextField id="c-notes" label={t('circumstances.notes')} value={notes} onChange={setNotes} maxLength={2000} error={submit.fieldError('notes')} />
      <div className="d-flex gap-2">
        <SubmitButton busy={submit.busy} busyLabel={t('common.saving')}>
          {t('common.save')}
        </SubmitButton>
        <button type="button" className="btn btn-outline-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
