import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import type { AgileDay, BulkApprovalResult } from '../../../api/types';
import { Dialog, DialogActions } from '../../../components/Dialog';
import { TextAreaField } from '../../../components/form/TextAreaField';
import { useFocusInvalid } from '../../../components/form/useFocusInvalid';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useSubmit } from '../../../hooks/useSubmit';
import { useDayNames } from '../common/useDayNames';

/** Art. 10.1 — a rejection states its reason; one reason serves all the requests chosen. */
export function RejectDialog({ days, onClose, onDone }: { days: AgileDay[]; onClose(): void; onDone(result: BulkApprovalResult): void }) {
  const { t } = useTranslation();
  const names = useDayNames();
  const [reason, setReason] = useState('');
  const submit = useSubmit();
  const body = useRef<HTMLDivElement>(null);
  useFocusInvalid(submit.error, body);
  const one = days.length === 1 ? days[0]! : null;

  async function save(event: FormEvent) {
    event.preventDefault();
    const result = await submit.run(async (): Promise<BulkApprovalResult> => {
      if (one) {
        const d = await api.agileDays.decide(one.id, { decision: 'reject', reason });
        return { results: [{ id: d.id, ok: true, status: d.status }] };
      }
      return api.agileDays.decideMany({ ids: days.map((d) => d.id), decision: 'reject', reason });
    });
    if (result) onDone(result);
  }

  return (
    <Dialog
      title={one ? t('unitCalendar.reject.titleOne', { name: one.employeeName, day: names.long(one.date) }) : t('unitCalendar.reject.titleMany', { count: days.length })}
      onClose={onClose}
      onSubmit={save}
      actions={<DialogActions busy={submit.busy} label={t('unitCalendar.reject.submit')} onCancel={onClose} variant="danger" />}
    >
      <div ref={body}>
        <ProblemAlert error={submit.error} shownAt={['reason']} />
        <TextAreaField id="reject-reason" label={t('unitCalendar.reject.reason')} hint={t('unitCalendar.reject.reasonHint')} value={reason} onChange={setReason} rows={3} required error={submit.fieldError('reason')} />
      </div>
    </Dialog>
  );
}
