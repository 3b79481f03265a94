import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { REGULATION_FIELDS, type RegulationField } from '../../../api/enums';
import type { Organization, OrganizationPatch } from '../../../api/types';
import { SubmitButton } from '../../../components/form/SubmitButton';
import { TextField } from '../../../components/form/TextField';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useSubmit } from '../../../hooks/useSubmit';
import { useRegulationText } from './useRegulationText';

type Draft = Record<string, string>;

const INPUT_TYPES: Partial<Record<RegulationField['kind'], string>> = { integer: 'number', percent: 'number', time: 'time', date: 'date' };

function draftOf(organization: Organization): Draft {
  return Object.fromEntries(REGULATION_FIELDS.map((f) => [f.key, organization.settings[f.key] == null ? '' : String(organization.settings[f.key])]));
}

function valueOf(field: RegulationField, text: string): unknown {
  if (field.kind === 'integer' || field.kind === 'percent') return text.trim() === '' ? null : Number(text);
  if (field.nullable && text === '') return null;
  return text;
}

/** HR and admin adapt the regulation to their administration; each field shows its article. */
export function SettingsForm({ organization, onSaved, onCancel }: { organization: Organization; onSaved(o: Organization): void; onCancel(): void }) {
  const { t } = useTranslation();
  const [name, setName] = useState(organization.name);
  const [patronDay, setPatronDay] = useState(organization.patronDay ?? '');
  const [draft, setDraft] = useState<Draft>(() => draftOf(organization));
  const submit = useSubmit();
  const { label, help } = useRegulationText();

  async function save(event: FormEvent) {
    event.preventDefault();
    const settings = Object.fromEntries(REGULATION_FIELDS.map((f) => [f.key, valueOf(f, draft[f.key] ?? '')]));
    const patch: OrganizationPatch = { name: name.trim(), patronDay: patronDay.trim() || null, settings };
    const saved = await submit.run(() => api.organization.update(patch));
    if (saved) onSaved(saved);
  }

  const inputType = (field: RegulationField) => INPUT_TYPES[field.kind] ?? 'text';

  return (
    <form onSubmit={save} noValidate>
      <ProblemAlert error={submit.error} />
      <fieldset className="mb-4">
        <legend className="h5">{t('settings.organizationData')}</legend>
        <div className="row">
          <div className="col-12 col-md-8">
            <TextField id="org-name" label={t('settings.name')} value={name} onChange={setName} required error={submit.fieldError('name')} />
          </div>
          <div className="col-12 col-md-4">
            <TextField id="org-patronDay" label={t('settings.patronDay')} value={patronDay} onChange={setPatronDay} placeholder="12-07" hint={t('settings.patronDayHint')} error={submit.fieldError('patronDay')} />
          </div>
        </div>
      </fieldset>
      <fieldset>
        <legend className="h5">{t('settings.regulationTitle')}</legend>
        <div className="row">
          {REGULATION_FIELDS.map((field) => (
            <div key={field.key} className="col-12 col-md-6">
              <TextField
                id={`setting-${field.key}`}
                type={inputType(field)}
                min={field.min}
                max={field.max}
                label={
                  <>
                    {label(field.key)} <span className="badge article-badge ms-1">{organization.settingsArticles[field.key] ?? field.article}</span>
                  </>
                }
                value={draft[field.key] ?? ''}
                onChange={(v) => setDraft((d) => ({ ...d, [field.key]: v }))}
                hint={help(field.key)}
                error={submit.fieldError(`settings.${field.key}`)}
              />
            </div>
          ))}
        </div>
      </fieldset>
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
