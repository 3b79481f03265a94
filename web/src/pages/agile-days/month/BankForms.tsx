import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { PRIORITY_ORDER } from '../../../api/enums';
import type { MyMonth, PriorityCriterion } from '../../../api/types';
import { SelectField } from '../../../components/form/SelectField';
import { SubmitButton } from '../../../components/form/SubmitButton';
import { TextField } from '../../../components/form/TextField';
import { useFocusInvalid } from '../../../components/form/useFocusInvalid';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useSubmit } from '../../../hooks/useSubmit';

/** Art. 7.8 — give unused days of the month to the directorate's bank: they leave the quota. */
export function ReleaseForm({ month, onDone }: { month: MyMonth; onDone(text: string): void }) {
  const { t } = useTranslation();
  const [days, setDays] = useState('1');
  const submit = useSubmit();
  const form = useRef<HTMLFormElement>(null);
  useFocusInvalid(submit.error, form);

  async function send(event: FormEvent) {
    event.preventDefault();
    const done = await submit.run(() => api.bank.release({ employeeId: month.employeeId, month: month.month, days: Number(days) }));
    if (done) onDone(t('agileDays.bank.released', { count: done.days }));
  }

  return (
    <form ref={form} onSubmit={send} noValidate aria-labelledby="bank-release-title">
      <h3 id="bank-release-title" className="h6">
        {t('agileDays.bank.releaseTitle')}
      </h3>
      <ProblemAlert error={submit.error} shownAt={['days']} />
      <TextField
        id="bank-release-days"
        type="number"
        min={1}
        max={Math.max(1, month.quota.remaining)}
        inputMode="numeric"
        label={t('agileDays.bank.releaseDays')}
        hint={t('agileDays.bank.releaseHint', { count: month.quota.remaining })}
        value={days}
        onChange={setDays}
        error={submit.fieldError('days') ?? submit.fieldError('month')}
      />
      <SubmitButton busy={submit.busy} busyLabel={t('common.saving')} variant="outline-primary">
        {t('agileDays.bank.release')}
      </SubmitButton>
    </form>
  );
}

/** Art. 7.8 — ask the directorate's bank for more days this month, with the priority criterion (art. 7.2–7.3). */
export function BankAskForm({ month, onDone }: { month: MyMonth; onDone(text: string): void }) {
  const { t } = useTranslation();
  const [days, setDays] = useState('1');
  const [criterion, setCriterion] = useState<string>('');
  const submit = useSubmit();
  const form = useRef<HTMLFormElement>(null);
  useFocusInvalid(submit.error, form);

  async function send(event: FormEvent) {
    event.preventDefault();
    const done = await submit.run(() => api.bank.ask({ employeeId: month.employeeId, month: month.month, days: Number(days), criterion: criterion as PriorityCriterion }));
    if (done) onDone(t('agileDays.bank.asked', { count: done.days }));
  }

  return (
    <form ref={form} onSubmit={send} noValidate aria-labelledby="bank-ask-title">
      <h3 id="bank-ask-title" className="h6">
        {t('agileDays.bank.askTitle')}
      </h3>
      <ProblemAlert error={submit.error} shownAt={['days', 'criterion']} />
      <TextField id="bank-ask-days" type="number" min={1} inputMode="numeric" label={t('agileDays.bank.askDays')} value={days} onChange={setDays} error={submit.fieldError('days') ?? submit.fieldError('month')} />
      <SelectField
        id="bank-ask-criterion"
        label={t('agileDays.bank.criterion')}
        value={criterion}
        onChange={setCriterion}
        placeholder={t('agileDays.bank.chooseCriterion')}
        options={PRIORITY_ORDER.map((c) => ({ value: c, label: t(`criteria.${c}`) }))}
        hint={t('agileDays.bank.criterionHint')}
        error={submit.fieldError('criterion')}
      />
      <SubmitButton busy={submit.busy} busyLabel={t('common.saving')} variant="outline-primary">
        {t('agileDays.bank.ask')}
      </SubmitButton>
    </form>
  );
}
