import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import type { AgileDay } from '../../../api/types';
import { Dialog, DialogActions } from '../../../components/Dialog';
import { CheckboxField } from '../../../components/form/CheckboxField';
import { TextAreaField } from '../../../components/form/TextAreaField';
import { useFocusInvalid } from '../../../components/form/useFocusInvalid';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useSubmit } from '../../../hooks/useSubmit';
import { useDayNames } from '../common/useDayNames';

export interface Revocable {
  id: string;
  date: string;
  employeeName: string;
}

/**
 * Art. 10.2 — the manager revokes an authorized day, with a reason, at least a day before; the
 * day returns to the employee's quota. Outside the 07–21 window the notice waits unless urgent (art. 13).
 */
export function RevokeDialog({ day, onClose, onDone }: { day: Revocable; onClose(): void; onDone(d: AgileDay): void }) {
  const { t } = useTranslation();
  const names = useDayNames();
  const [reason, setReason] = useState('');
  const [urgent, setUrgent] = useState(false);
  const [urgentReason, setUrgentReason] = useState('');
  const submit = useSubmit();
  const body = useRef<HTMLDivElement>(null);
  useFocusInvalid(submit.error, body);

  async function save(event: FormEvent) {
    event.preventDefault();
    const done = await submit.run(() => api.agileDays.revoke(day.id, { reason, urgent, urgentReason: urgent ? urgentReason : null }));
    if (done) onDone(done);
  }

  return (
    <Dialog
      title={t('unitCalendar.revoke.title', { name: day.employeeName, day: names.long(day.date) })}
      onClose={onClose}
      onSubmit={save}
      actions={<DialogActions busy={submit.busy} label={t('unitCalendar.revoke.submit')} onCancel={onClose} variant="danger" />}
    >
      <div ref={body}>
        <ProblemAlert error={submit.error} shownAt={['reason', 'urgentReason']} />
        <p>{t('unitCalendar.revoke.lead')}</p>
        <TextAreaField id="revoke-reason" label={t('unitCalendar.revoke.reason')} value={reason} onChange={setReason} rows={3} required error={submit.fieldError('reason')} />
        <CheckboxField id="revoke-urgent" label={t('unitCalendar.revoke.urgent')} hint={t('unitCalendar.revoke.urgentHint')} checked={urgent} onChange={setUrgent} />
        {urgent && (
          <TextAreaField id="revoke-urgent-reason" label={t('unitCalendar.revoke.urgentReason')} value={urgentReason} onChange={setUrgentReason} rows={2} required error={submit.fieldError('urgentReason')} />
        )}
      </div>
    </Dialog>
  );
}
