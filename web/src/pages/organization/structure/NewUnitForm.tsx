import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import type { Directorate } from '../../../api/types';
import { SelectField } from '../../../components/form/SelectField';
import { SubmitButton } from '../../../components/form/SubmitButton';
import { TextField } from '../../../components/form/TextField';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { StatusMessage } from '../../../components/StatusMessage';
import { useSubmit } from '../../../hooks/useSubmit';

export function NewUnitForm({ directorates, onSaved }: { directorates: Directorate[]; onSaved(): void }) {
  const { t } = useTranslation();
  const [directorateId, setDirectorateId] = useState('');
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [saved, setSaved] = useState('');
  const submit = useSubmit();

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaved('');
    const created = await submit.run(() => api.units.create({ directorateId, code, name }));
    if (!created) return;
    setSaved(t('structure.editor.unitSaved', { name: created.name }));
    setCode('');
    setName('');
    onSaved();
  }

  return (
    <form onSubmit={save} noValidate className="card card-body shadow-sm mb-4" aria-labelledby="new-unit-title">
      <h3 id="new-unit-title" className="h5 mb-4">
        {t('structure.editor.newUnit')}
      </h3>
      <ProblemAlert error={submit.error} />
      <SelectField
        id="new-unit-directorate"
        label={t('structure.editor.directorate')}
        value={directorateId}
        onChange={setDirectorateId}
        placeholder={t('structure.editor.chooseDirectorate')}
        options={directorates.map((d) => ({ value: d.id, label: `${d.code} · ${d.name}` }))}
        error={submit.fieldError('directorateId')}
      />
      <TextField id="new-unit-code" label={t('structure.editor.code')} value={code} onChange={setCode} required error={submit.fieldError('code')} />
      <TextField id="new-unit-name" label={t('structure.editor.name')} value={name} onChange={setName} required error={submit.fieldError('name')} />
      <div>
        <SubmitButton busy={submit.busy} busyLabel={t('common.saving')}>
          {t('structure.editor.addUnit')}
        </SubmitButton>
      </div>
      <StatusMessage className="mt-2 text-success">{saved}</StatusMessage>
    </form>
  );
}
