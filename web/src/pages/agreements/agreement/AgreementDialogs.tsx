import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { ApiError } from '../../../api/http';
import type { Agreement, AgreementDetail, Regulation } from '../../../api/types';
import { Dialog, DialogActions } from '../../../components/Dialog';
import { TextAreaField } from '../../../components/form/TextAreaField';
import { TextField } from '../../../components/form/TextField';
import { useFocusInvalid } from '../../../components/form/useFocusInvalid';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useFormat } from '../../../hooks/useFormat';
import { useSubmit } from '../../../hooks/useSubmit';

/** Art. 8.1 — the signature of the person signed in, in the role the API says they sign for. */
export function SignDialog({ agreement, onClose, onDone }: { agreement: AgreementDetail; onClose(): void; onDone(a: Agreement): void }) {
  const { t } = useTranslation();
  const submit = useSubmit();
  const role = agreement.canSignAs!;
  async function sign() {
    const signed = await submit.run(() => api.agreements.sign(agreement.id));
    if (signed) onDone(signed);
  }
  return (
    <Dialog
      title={t('agreement.sign.title')}
      onClose={onClose}
      actions={<DialogActions busy={submit.busy} label={t('agreement.sign.confirm')} onCancel={onClose} onConfirm={() => void sign()} />}
    >
      <ProblemAlert error={submit.error} />
      <p>{t('agreement.sign.text', { role: t(`signerRoles.${role}`), name: agreement.employeeName })}</p>
      <p className="mb-0 small text-muted">{t('agreement.sign.note')}</p>
    </Dialog>
  );
}

/**
 * Art. 9.1–9.2 — withdrawal in writing, with its reason, effective after the notice; when the
 * date is too early the API says the first possible one, offered with one click.
 */
export function WithdrawalDialog({ agreement, regulation, asEmployee, onClose, onDone }: {
  agreement: AgreementDetail;
  regulation: Regulation | undefined;
  asEmployee: boolean;
  onClose(): void;
  onDone(a: Agreement): void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [date, setDate] = useState('');
  const [reason, setReason] = useState('');
  const submit = useSubmit();
  const body = useRef<HTMLDivElement>(null);
  useFocusInvalid(submit.error, body);
  const earliest = submit.error instanceof ApiError ? submit.error.fact('earliestEffectiveDate') : undefined;

  async function save(event: FormEvent) {
    event.preventDefault();
    const done = await submit.run(() => api.agreements.withdraw(agreement.id, { effectiveDate: date, reason }));
    if (done) onDone(done);
  }

  return (
    <Dialog
      title={t('agreement.withdraw.title')}
      onClose={onClose}
      onSubmit={save}
      actions={<DialogActions busy={submit.busy} label={t('agreement.withdraw.submit')} onCancel={onClose} variant="danger" />}
    >
      <div ref={body}>
        <ProblemAlert error={submit.error} shownAt={['effectiveDate', 'reason']} />
        <p>
          {asEmployee
            ? t('agreement.withdraw.leadEmployee', { days: regulation?.withdrawalNoticeDays ?? 30 })
            : t('agreement.withdraw.leadEmployer', { days: regulation?.withdrawalNoticeDays ?? 30, disabledDays: regulation?.disabledWorkerWithdrawalNoticeDays ?? 90 })}
        </p>
        <TextField id="withdraw-date" type="date" label={t('agreement.withdraw.date')} value={date} onChange={setDate} error={submit.fieldError('effectiveDate')} required />
        {earliest && (
          <p className="earliest-date small follows-field mb-3">
            {t('agreement.withdraw.earliest', { date: format.date(earliest) })}{' '}
            <button type="button" className="btn btn-outline-primary btn-xs" onClick={() => setDate(earliest)}>
              {t('common.useThisDate')}
            </button>
          </p>
        )}
        <TextAreaField id="withdraw-reason" label={t('agreement.withdraw.reason')} hint={t('agreement.withdraw.reasonHint')} value={reason} onChange={setReason} rows={3} error={submit.fieldError('reason')} required />
      </div>
    </Dialog>
  );
}

/** Art. 9.4 — HR revokes ex officio after the months without agile days, stating why. */
export function RevocationDialog({ agreement, regulation, onClose, onDone }: { agreement: AgreementDetail; regulation: Regulation | undefined; onClose(): void; onDone(a: Agreement): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [reason, setReason] = useState(t('agreement.revoke.defaultReason', { months: regulation?.inactivityRevocationMonths ?? 6 }));
  const submit = useSubmit();
  const body = useRef<HTMLDivElement>(null);
  useFocusInvalid(submit.error, body);

  async function save(event: FormEvent) {
    event.preventDefault();
    const done = await submit.run(() => api.agreements.revoke(agreement.id, reason));
    if (done) onDone(done);
  }

  return (
    <Dialog title={t('agreement.revoke.title')} onClose={onClose} onSubmit={save} actions={<DialogActions busy={submit.busy} label={t('agreement.revoke.submit')} onCancel={onClose} variant="danger" />}>
      <div ref={body}>
        <ProblemAlert error={submit.error} shownAt={['reason']} />
        <p>
          {t('agreement.revoke.lead', { months: regulation?.inactivityRevocationMonths ?? 6 })}
          {agreement.inactiveSince && ` ${t('agreement.revoke.inactiveSince', { date: format.date(agreement.inactiveSince) })}`}
        </p>
        <TextAreaField id="revoke-reason" label={t('agreement.revoke.reason')} value={reason} onChange={setReason} rows={3} error={submit.fieldError('reason')} required />
      </div>
    </Dialog>
  );
}

/** Art. 9.3 — the new directorate reactivates a lapsed agreement for the residual period: a new draft to sign. */
export function ReactivationDialog({ agreement, onClose, onDone }: { agreement: AgreementDetail; onClose(): void; onDone(a: Agreement): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const submit = useSubmit();
  async function reactivate() {
    const created = await submit.run(() => api.agreements.reactivate(agreement.id));
    if (created) onDone(created);
  }
  return (
    <Dialog
      title={t('agreement.reactivate.title')}
      onClose={onClose}
      actions={<DialogActions busy={submit.busy} label={t('agreement.reactivate.confirm')} onCancel={onClose} onConfirm={() => void reactivate()} />}
    >
      <ProblemAlert error={submit.error} />
      <p className="mb-0">{t('agreement.reactivate.text', { to: format.date(agreement.endDate) })}</p>
    </Dialog>
  );
}
