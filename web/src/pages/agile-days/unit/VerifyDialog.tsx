import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { VERIFICATION_OUTCOMES } from '../../../api/enums';
import type { AgileDay, VerificationOutcome } from '../../../api/types';
import { Dialog, DialogActions } from '../../../components/Dialog';
import { RadioGroup } from '../../../components/form/RadioGroup';
import { TextAreaField } from '../../../components/form/TextAreaField';
import { useFocusInvalid } from '../../../components/form/useFocusInvalid';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useSubmit } from '../../../hooks/useSubmit';
import { useDayNames } from '../common/useDayNames';

/** Art. 11.2, 19 — after the day, the manager records whether the planned activities were done. */
export function VerifyDialog({ day, onClose, onDone }: { day: AgileDay; onClose(): void; onDone(d: AgileDay): void }) {
  const { t } = useTranslation();
  const names = useDayNames();
  const [outcome, setOutcome] = useState('');
  const [note, setNote] = useState('');
  const submit = useSubmit();
  const body = useRef<HTMLDivElement>(null);
  useFocusInvalid(submit.error, body);

  async function save(event: FormEvent) {
    event.preventDefault();
    const done = await submit.run(() => api.agileDays.verify(day.id, { outcome: outcome as VerificationOutcome, note: note.trim() || null }));
    if (done) onDone(done);
  }

  return (
    <Dialog
      title={t('unitCalendar.verify.title', { name: day.employeeName, day: names.long(day.date) })}
      onClose={onClose}
      onSubmit={save}
      actions={<DialogActions busy={submit.busy} label={t('unitCalendar.verify.submit')} onCancel={onClose} />}
    >
      <div ref={body}>
        <ProblemAlert error={submit.error} shownAt={['outcome', 'note']} />
        <p>
          <strong>{t('unitCalendar.verify.planned')}</strong> {day.activities}
        </p>
        <RadioGroup
          id="verify-outcome"
          legend={t('unitCalendar.verify.outcome')}
          value={outcome}
          onChange={setOutcome}
          options={VERIFICATION_OUTCOMES.map((o) => ({ value: o, label: t(`verificationOutcomes.${o}`) }))}
          error={submit.fieldError('outcome')}
        />
        <TextAreaField id="verify-note" label={t('unitCalendar.verify.note')} value={note} onChange={setNote} rows={3} error={submit.fieldError('note')} />
      </div>
    </Dialog>
  );
}
