import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog, DialogActions } from '../../../components/Dialog';
import { TextAreaField } from '../../../components/form/TextAreaField';
import { useFocusInvalid } from '../../../components/form/useFocusInvalid';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useSubmit } from '../../../hooks/useSubmit';

/** A decision that states its reason (a refusal): the API's refusal shows beside the field. */
export function ReasonDialog<T>({ title, lead, label, submitLabel, required = true, variant = 'danger', onSubmit, onClose, onDone }: {
  title: string;
  lead?: string;
  label: string;
  submitLabel: string;
  required?: boolean;
  variant?: string;
  onSubmit(reason: string): Promise<T>;
  onClose(): void;
  onDone(result: T): void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const submit = useSubmit();
  const body = useRef<HTMLDivElement>(null);
  useFocusInvalid(submit.error, body);

  async function save(event: FormEvent) {
    event.preventDefault();
    const result = await submit.run(() => onSubmit(reason));
    if (result !== undefined) onDone(result);
  }

  return (
    <Dialog title={title} onClose={onClose} onSubmit={save} actions={<DialogActions busy={submit.busy} label={submitLabel} onCancel={onClose} variant={variant} />}>
      <div ref={body}>
        <ProblemAlert error={submit.error} shownAt={['reason']} />
        {lead && <p>{lead}</p>}
        <TextAreaField id="decision-reason" label={label} value={reason} onChange={setReason} rows={3} required={required} error={submit.fieldError('reason')} />
        {!required && <small className="d-block text-muted">{t('common.optional')}</small>}
      </div>
    </Dialog>
  );
}
