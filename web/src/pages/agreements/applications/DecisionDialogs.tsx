import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { ApiError } from '../../../api/http';
import type { Application, DecisionResult } from '../../../api/types';
import { Dialog, DialogActions } from '../../../components/Dialog';
import { RadioGroup } from '../../../components/form/RadioGroup';
import { TextAreaField } from '../../../components/form/TextAreaField';
import { TextField } from '../../../components/form/TextField';
import { useFocusInvalid } from '../../../components/form/useFocusInvalid';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useSubmit } from '../../../hooks/useSubmit';

/** Art. 6.2a — the manager's opinion, heard by the director. */
export function OpinionDialog({ application, onClose, onDone }: { application: Application; onClose(): void; onDone(a: Application): void }) {
  const { t } = useTranslation();
  const [opinion, setOpinion] = useState<string>(application.managerOpinion?.opinion ?? '');
  const [note, setNote] = useState(application.managerOpinion?.note ?? '');
  const submit = useSubmit();
  const body = useRef<HTMLDivElement>(null);
  useFocusInvalid(submit.error, body);

  async function save(event: FormEvent) {
    event.preventDefault();
    const saved = await submit.run(() => api.applications.opinion(application.id, { opinion: opinion as 'favourable', note: note.trim() || undefined }));
    if (saved) onDone(saved);
  }

  return (
    <Dialog title={t('requests.opinion.title', { name: application.employeeName })} onClose={onClose} onSubmit={save} actions={<DialogActions busy={submit.busy} label={t('requests.opinion.submit')} onCancel={onClose} />}>
      <div ref={body}>
        <ProblemAlert error={submit.error} shownAt={['opinion', 'note']} />
        <p>{t('requests.opinion.lead')}</p>
        <RadioGroup
          id="opinion-value"
          legend={t('requests.opinion.legend')}
          value={opinion}
          onChange={setOpinion}
          options={[
            { value: 'favourable', label: t('opinions.favourable') },
            { value: 'unfavourable', label: t('opinions.unfavourable') },
          ]}
          error={submit.fieldError('opinion')}
        />
        <TextAreaField id="opinion-note" label={t('requests.opinion.note')} value={note} onChange={setNote} rows={3} error={submit.fieldError('note')} />
      </div>
    </Dialog>
  );
}

/** Art. 6.2b, 7.1, 7.4 — approval with the monthly quota: the proposed one, changeable up to the organization's maximum. */
export function ApproveDialog({ application, maximum, onClose, onDone }: { application: Application; maximum: number | undefined; onClose(): void; onDone(r: DecisionResult): void }) {
  const { t } = useTranslation();
  const [quota, setQuota] = useState(String(Math.max(1, application.proposedQuota)));
  const [note, setNote] = useState('');
  const submit = useSubmit();
  const body = useRef<HTMLDivElement>(null);
  useFocusInvalid(submit.error, body);
  const refusedMaximum = submit.error instanceof ApiError ? submit.error.fact('maximum') : undefined;

  async function save(event: FormEvent) {
    event.preventDefault();
    const done = await submit.run(() => api.applications.decide(application.id, { decision: 'approve', monthlyQuota: Number(quota), reason: note.trim() || undefined }));
    if (done) onDone(done);
  }

  return (
    <Dialog title={t('requests.approve.title', { name: application.employeeName })} onClose={onClose} onSubmit={save} actions={<DialogActions busy={submit.busy} label={t('requests.approve.submit')} onCancel={onClose} />}>
      <div ref={body}>
        <ProblemAlert error={submit.error} shownAt={['monthlyQuota', 'reason']} />
        <p>{t('requests.approve.lead')}</p>
        <TextField
          id="approve-quota"
          type="number"
          min={1}
          max={maximum}
          inputMode="numeric"
          label={t('requests.approve.quota')}
          value={quota}
          onChange={setQuota}
          hint={t('requests.approve.quotaHint', { proposed: application.proposedQuota, share: application.remotableShare, asked: application.requestedDaysPerMonth, max: maximum ?? '…' })}
          error={submit.fieldError('monthlyQuota')}
        />
        {refusedMaximum && (
          <button type="button" className="btn btn-outline-primary btn-xs mb-3" onClick={() => setQuota(refusedMaximum)}>
            {t('requests.approve.useMaximum', { max: refusedMaximum })}
          </button>
        )}
        <TextAreaField id="approve-note" label={t('requests.approve.note')} value={note} onChange={setNote} rows={2} error={submit.fieldError('reason')} />
      </div>
    </Dialog>
  );
}

/** Art. 6.3 — a refusal states its reason (the API refuses one without, and the reason shows beside the field). */
export function RefuseDialog({ application, onClose, onDone }: { application: Application; onClose(): void; onDone(r: DecisionResult): void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const submit = useSubmit();
  const body = useRef<HTMLDivElement>(null);
  useFocusInvalid(submit.error, body);

  async function save(event: FormEvent) {
    event.preventDefault();
    const done = await submit.run(() => api.applications.decide(application.id, { decision: 'refuse', reason }));
    if (done) onDone(done);
  }

  return (
    <Dialog
      title={t('requests.refuse.title', { name: application.employeeName })}
      onClose={onClose}
      onSubmit={save}
      actions={<DialogActions busy={submit.busy} label={t('requests.refuse.submit')} onCancel={onClose} variant="danger" />}
    >
      <div ref={body}>
        <ProblemAlert error={submit.error} shownAt={['reason']} />
        <p>{t('requests.refuse.lead')}</p>
        <TextAreaField id="refuse-reason" label={t('requests.refuse.reason')} hint={t('requests.refuse.reasonHint')} value={reason} onChange={setReason} rows={4} error={submit.fieldError('reason')} />
      </div>
    </Dialog>
  );
}
