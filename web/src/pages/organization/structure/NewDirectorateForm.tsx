import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { SubmitButton } from '../../../components/form/SubmitButton';
import { TextField } from '../../../components/form/TextField';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { StatusMessage } from '../../../components/StatusMessage';
import { useSubmit } from '../../../hooks/useSubmit';

export function NewDirectorateForm({ onSaved }: { onSaved(): void }) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [saved, setSaved] = useState('');
  const submit = useSubmit();

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaved('');
    const created = await submit.run(() => api.directorates.create({ code, name }));
    if (!created) return;
    setSaved(t('structure.editor.directorateSaved', { name: created.name }));
    setCode('');
    setName('');
    onSaved();
  }

  return (
    <form onSubmit={save} noValidate className="card card-body shadow-sm mb-4" aria-labelledby="new-directorate-title">
      <h3 id="new-directorate-title" className="h5 mb-4">
        {t('structure.editor.newDirectorate')}
      </h3>
      <ProblemAlert error={submit.error} />
      <TextField id="new-directorate-code" label={t('structure.editor.code')} value={code} onChange={setCode} required error={submit.fieldError('code')} />
      <TextField id="new-directorate-name" label={t('structure.editor.name')} value={name} onChange={setName} required error={submit.fieldError('name')} />
      <div>
        <SubmitButton busy={submit.busy} busyLabel={t('common.saving')}>
          {t('structure.editor.addDirectorate')}
        </SubmitButton>
      </div>
      <StatusMessage className="mt-2 text-success">{saved}</StatusMessage>
    </form>
  );
}
