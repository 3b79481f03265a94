import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { CHARACTERISTICS, EXCLUSIONS } from '../../../api/enums';
import { isRemotable } from '../../../api/rules';
import type { Activity, ActivityPatch } from '../../../api/types';
import { CheckboxField } from '../../../components/form/CheckboxField';
import { RadioGroup } from '../../../components/form/RadioGroup';
import { SubmitButton } from '../../../components/form/SubmitButton';
import { TextAreaField } from '../../../components/form/TextAreaField';
import { TextField } from '../../../components/form/TextField';
import { useFocusInvalid } from '../../../components/form/useFocusInvalid';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { StatusMessage } from '../../../components/StatusMessage';
import { useSubmit } from '../../../hooks/useSubmit';
import { RemotableBadge } from '../common/StatusBadge';
import { characteristicsOf, exclusionsOf, noCharacteristics, noExclusions, type Characteristics, type Exclusions } from './checklist';

const FIELDS = ['name', 'description', 'override', 'override.reason'];

/**
 * One activity of the catalogue with the art. 3.2 checklist (all five characteristics) and the
 * art. 3.3 exclusions (none may apply); HR alone may decide otherwise, giving the reason.
 * The outcome is shown live with the server's own rule.
 */
export function ActivityForm({ activity, unitId, year, canOverride, onSaved, onCancel }: {
  activity: Activity | null;
  unitId: string;
  year: number;
  canOverride: boolean;
  onSaved(saved: Activity): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(activity?.name ?? '');
  const [description, setDescription] = useState(activity?.description ?? '');
  const [characteristics, setCharacteristics] = useState<Characteristics>(() => (activity ? characteristicsOf(activity) : noCharacteristics()));
  const [exclusions, setExclusions] = useState<Exclusions>(() => (activity ? exclusionsOf(activity) : noExclusions()));
  const [overriding, setOverriding] = useState(Boolean(activity?.override));
  const [overrideRemotable, setOverrideRemotable] = useState(activity?.override ? String(activity.override.remotable) : 'true');
  const [overrideReason, setOverrideReason] = useState(activity?.override?.reason ?? '');
  const submit = useSubmit();
  const form = useRef<HTMLFormElement>(null);
  useFocusInvalid(submit.error, form);

  const override = overriding ? { remotable: overrideRemotable === 'true', reason: overrideReason } : null;
  const outcome = isRemotable({ characteristics, exclusions, override });
  const overrideChanged = JSON.stringify(override) !== JSON.stringify(activity?.override ?? null);

  async function save(event: FormEvent) {
    event.preventDefault();
    const common = { name, description, characteristics, exclusions };
    const saved = await submit.run(() => {
      if (!activity) return api.activities.create({ unitId, year, ...common, ...(canOverride ? { override } : {}) });
      const patch: ActivityPatch = { ...common, ...(canOverride && overrideChanged ? { override } : {}) };
      return api.activities.update(activity.id, patch);
    });
    if (saved) onSaved(saved);
  }

  return (
    <form ref={form} onSubmit={save} noValidate aria-labelledby="activity-form-title">
      <ProblemAlert error={submit.error} shownAt={FIELDS} />
      <TextField id="activity-name" label={t('activities.name')} value={name} onChange={setName} required error={submit.fieldError('name')} />
      <TextAreaField id="activity-description" label={t('activities.description')} value={description} onChange={setDescription} rows={2} error={submit.fieldError('description')} />

      <fieldset className="mb-4 checklist">
        <legend className="h6">
          {t('activities.characteristicsLegend')} <span className="badge article-badge ms-1">art. 3.2</span>
        </legend>
        <p className="small text-muted mb-2">{t('activities.characteristicsHint')}</p>
        {CHARACTERISTICS.map((c) => (
          <CheckboxField key={c} id={`activity-c-${c}`} label={t(`characteristics.${c}`)} checked={characteristics[c]} onChange={(on) => setCharacteristics({ ...characteristics, [c]: on })} />
        ))}
      </fieldset>

      <fieldset className="mb-4 checklist">
        <legend className="h6">
          {t('activities.exclusionsLegend')} <span className="badge article-badge ms-1">art. 3.3</span>
        </legend>
        <p className="small text-muted mb-2">{t('activities.exclusionsHint')}</p>
        {EXCLUSIONS.map((e) => (
          <CheckboxField key={e} id={`activity-e-${e}`} label={t(`exclusions.${e}`)} checked={exclusions[e]} onChange={(on) => setExclusions({ ...exclusions, [e]: on })} />
        ))}
      </fieldset>

      {canOverride && (
        <fieldset className="mb-4 checklist">
          <legend className="h6">
            {t('activities.overrideLegend')} <span className="badge article-badge ms-1">art. 3.3</span>
          </legend>
          <CheckboxField id="activity-override" label={t('activities.overrideToggle')} hint={t('activities.overrideHint')} checked={overriding} onChange={setOverriding} />
          {overriding && (
            <div className="ms-4">
              <RadioGroup
                id="activity-override-remotable"
                legend={t('activities.overrideOutcome')}
                value={overrideRemotable}
                onChange={setOverrideRemotable}
                inline
                options={[
                  { value: 'true', label: t('activities.remotable') },
                  { value: 'false', label: t('activities.notRemotable') },
                ]}
              />
              <TextAreaField
                id="activity-override-reason"
                label={t('activities.overrideReasonLabel')}
                value={overrideReason}
                onChange={setOverrideReason}
                rows={2}
                required
                error={submit.fieldError('override.reason') ?? submit.fieldError('override')}
              />
            </div>
          )}
        </fieldset>
      )}

      <StatusMessage className="activity-outcome mb-3">
        <span className="me-2">{t('activities.liveOutcome')}</span>
        <RemotableBadge remotable={outcome} />
      </StatusMessage>

      <div className="d-flex flex-wrap gap-2">
        <SubmitButton busy={submit.busy} busyLabel={t('common.saving')}>
          {activity ? t('common.save') : t('activities.create')}
        </SubmitButton>
        <button type="button" className="btn btn-outline-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
