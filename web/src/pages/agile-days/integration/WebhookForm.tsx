import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import type { WebhookCreated } from '../../../api/types';
import { SubmitButton } from '../../../components/form/SubmitButton';
import { TextField } from '../../../components/form/TextField';
import { useFocusInvalid } from '../../../components/form/useFocusInvalid';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useSubmit } from '../../../hooks/useSubmit';

/** A new webhook: the address that receives every change of an agile day, signed with a secret shown once. */
export function WebhookForm({ onCreated }: { onCreated(w: WebhookCreated): void }) {
  const { t } = useTranslation();
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const submit = useSubmit();
  const form = useRef<HTMLFormElement>(null);
  useFocusInvalid(submit.error, form);

  async function save(event: FormEvent) {
    event.preventDefault();
    const created = await submit.run(() => api.webhooks.create({ url, description }));
    if (created) {
      setUrl('');
      setDescription('');
      onCreated(created);
    }
  }

  return (
    <form ref={form} onSubmit={save} noValidate>
      <ProblemAlert error={submit.error} shownAt={['url', 'description']} />
      <div className="row">
        <div className="col-12 col-md-6">
          <TextField id="webhook-url" type="url" inputMode="url" label={t('webhooks.url')} hint={t('webhooks.urlHint')} value={url} onChange={setUrl} required error={submit.fieldError('url')} />
        </div>
        <div className="col-12 col-md-6">
          <TextField id="webhook-description" label={t('webhooks.description')} value={description} onChange={setDescription} error={submit.fieldError('description')} />
        </div>
      </div>
      <SubmitButton busy={submit.busy} busyLabel={t('common.saving')}>
        {t('webhooks.create')}
      </SubmitButton>
    </form>
  );
}
