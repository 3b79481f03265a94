import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { ApiError } from '../../../api/http';
import type { Agreement, AgreementDetail, AgreementPatch, Objective, Regulation } from '../../../api/types';
import { CheckboxField } from '../../../components/form/CheckboxField';
import { SubmitButton } from '../../../components/form/SubmitButton';
import { TextAreaField } from '../../../components/form/TextAreaField';
import { TextField } from '../../../components/form/TextField';
import { useFocusInvalid } from '../../../components/form/useFocusInvalid';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useFormat } from '../../../hooks/useFormat';
import { useSubmit } from '../../../hooks/useSubmit';
import { filledObjectives, ObjectivesEditor } from '../common/ObjectivesEditor';

const FIELDS = ['monthlyQuota', 'band', 'band.start', 'band.end', 'endDate', 'operationalMode', 'otherTerms', 'objectives', 'equipment.notes'];

const listOf = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** Art. 8.1 — the director or HR completes the draft; only what changed is sent. */
export function AgreementEditForm({ agreement: a, regulation, onSaved, onCancel }: {
  agreement: AgreementDetail;
  regulation: Regulation | undefined;
  onSaved(saved: Agreement): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [quota, setQuota] = useState(String(a.monthlyQuota));
  const [bandStart, setBandStart] = useState(a.band.start);
  const [bandEnd, setBandEnd] = useState(a.band.end);
  const [endDate, setEndDate] = useState(a.endDate);
  const [operationalMode, setOperationalMode] = useState(a.operationalMode);
  const [ownDevices, setOwnDevices] = useState(a.equipment.ownDevices);
  const [supplied, setSupplied] = useState(a.equipment.supplied.join(', '));
  const [equipmentNotes, setEquipmentNotes] = useState(a.equipment.notes);
  const [objectives, setObjectives] = useState<Objective[]>(a.objectives.length ? a.objectives : [{ description: '', indicator: '', target: '' }]);
  const [otherTerms, setOtherTerms] = useState(a.otherTerms);
  const submit = useSubmit();
  const form = useRef<HTMLFormElement>(null);
  useFocusInvalid(submit.error, form);
  const latest = submit.error instanceof ApiError ? submit.error.fact('latestEndDate') : undefined;
  const maximum = submit.error instanceof ApiError ? submit.error.fact('maximum') : undefined;

  async function save(event: FormEvent) {
    event.preventDefault();
    const patch: AgreementPatch = {};
    if (Number(quota) !== a.monthlyQuota) patch.monthlyQuota = Number(quota);
    if (bandStart !== a.band.start || bandEnd !== a.band.end) patch.band = { start: bandStart, end: bandEnd };
    if (endDate !== a.endDate) patch.endDate = endDate;
    if (operationalMode !== a.operationalMode) patch.operationalMode = operationalMode;
    const equipment = { ownDevices, supplied: listOf(supplied), notes: equipmentNotes.trim() };
    if (JSON.stringify(equipment) !== JSON.stringify(a.equipment)) patch.equipment = equipment;
    const goals = filledObjectives(objectives);
    if (JSON.stringify(goals) !== JSON.stringify(a.objectives)) patch.objectives = goals;
    if (otherTerms !== a.otherTerms) patch.otherTerms = otherTerms;
    const saved = await submit.run(() => api.agreements.update(a.id, patch));
    if (saved) onSaved(saved);
  }

  const bandError = submit.fieldError('band') ?? submit.fieldError('band.start') ?? submit.fieldError('band.end');
  return (
    <form ref={form} onSubmit={save} noValidate aria-labelledby="agreement-edit-title">
      <ProblemAlert error={submit.error} shownAt={FIELDS} />
      <div className="row">
        <div className="col-12 col-md-6">
          <TextField
            id="agreement-endDate"
            type="date"
            label={t('agreement.edit.endDate')}
            value={endDate}
            onChange={setEndDate}
            hint={t('agreement.edit.endDateHint', { years: regulation?.agreementMaxYears ?? 3 })}
            error={submit.fieldError('endDate')}
          />
          {latest && (
            <p className="small follows-field mb-3">
              {t('agreement.edit.latest', { date: format.date(latest) })}{' '}
              <button type="button" className="btn btn-outline-primary btn-xs" onClick={() => setEndDate(latest)}>
                {t('common.useThisDate')}
              </button>
            </p>
          )}
        </div>
        <div className="col-12 col-md-6">
          <TextField
            id="agreement-monthlyQuota"
            type="number"
            min={1}
            max={regulation?.maxAgileDaysPerMonth}
            inputMode="numeric"
            label={t('agreement.edit.quota')}
            value={quota}
            onChange={setQuota}
            hint={t('agreement.edit.quotaHint', { max: regulation?.maxAgileDaysPerMonth ?? '…' })}
            error={submit.fieldError('monthlyQuota')}
          />
          {maximum && (
            <button type="button" className="btn btn-outline-primary btn-xs follows-field mb-3" onClick={() => setQuota(maximum)}>
              {t('requests.approve.useMaximum', { max: maximum })}
            </button>
          )}
        </div>
      </div>
      <fieldset className="mb-3" aria-describedby={bandError ? 'agreement-band-error' : 'agreement-band-hint'} aria-invalid={bandError ? true : undefined}>
        <legend className="h6">
          {t('agreement.edit.band')} <span className="badge article-badge ms-1">art. 12</span>
        </legend>
        <small id="agreement-band-hint" className="form-text d-block mb-2">
          {t('agreement.edit.bandHint', { hours: regulation?.coPresenceBandHours ?? 5, from: regulation?.coPresenceWindowStart ?? '08:00', to: regulation?.coPresenceWindowEnd ?? '18:00' })}
        </small>
        <div className="row">
          <div className="col-6 col-md-3">
            <TextField id="agreement-band-start" type="time" label={t('agreement.edit.bandStart')} value={bandStart} onChange={setBandStart} />
          </div>
          <div className="col-6 col-md-3">
            <TextField id="agreement-band-end" type="time" label={t('agreement.edit.bandEnd')} value={bandEnd} onChange={setBandEnd} />
          </div>
        </div>
        {bandError && (
          <div id="agreement-band-error" className="invalid-feedback d-block follows-field mb-3">
            {bandError}
          </div>
        )}
      </fieldset>
      <TextAreaField id="agreement-operationalMode" label={t('agreement.edit.operationalMode')} value={operationalMode} onChange={setOperationalMode} rows={4} error={submit.fieldError('operationalMode')} />
      <fieldset className="mb-3">
        <legend className="h6">
          {t('agreement.edit.equipment')} <span className="badge article-badge ms-1">art. 14</span>
        </legend>
        <CheckboxField id="agreement-ownDevices" label={t('agreement.edit.ownDevices')} checked={ownDevices} onChange={setOwnDevices} />
        <TextField id="agreement-supplied" label={t('agreement.edit.supplied')} hint={t('agreement.edit.suppliedHint')} value={supplied} onChange={setSupplied} error={submit.fieldError('equipment.supplied')} />
        <TextAreaField id="agreement-equipmentNotes" label={t('agreement.edit.equipmentNotes')} value={equipmentNotes} onChange={setEquipmentNotes} rows={2} error={submit.fieldError('equipment.notes')} />
      </fieldset>
      <ObjectivesEditor idPrefix="agreement-objective" legend={t('agreement.edit.objectives')} hint={t('agreement.edit.objectivesHint')} value={objectives} onChange={setObjectives} fieldError={submit.fieldError} />
      <TextAreaField id="agreement-otherTerms" label={t('agreement.edit.otherTerms')} value={otherTerms} onChange={setOtherTerms} rows={3} error={submit.fieldError('otherTerms')} />
      <div className="d-flex flex-wrap gap-2">
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
