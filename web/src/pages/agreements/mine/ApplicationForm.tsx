import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import type { ApplicationSubmitted, EmployeeActivities, Objective, Regulation } from '../../../api/types';
import { CheckboxField } from '../../../components/form/CheckboxField';
import { SubmitButton } from '../../../components/form/SubmitButton';
import { TextAreaField } from '../../../components/form/TextAreaField';
import { TextField } from '../../../components/form/TextField';
import { useFocusInvalid } from '../../../components/form/useFocusInvalid';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useSubmit } from '../../../hooks/useSubmit';
import { EMPTY_OBJECTIVE, filledObjectives, ObjectivesEditor } from '../common/ObjectivesEditor';

const FIELDS = ['activityIds', 'plan', 'requestedDaysPerMonth'];

/**
 * Art. 6.1 — the application: voluntary, tied to remotable activities of the employee's mapping,
 * with a plan of work, the days asked per month and the objectives to be measured (art. 19).
 */
export function ApplicationForm({ employeeId, mapping, regulation, onSubmitted }: {
  employeeId: string;
  mapping: EmployeeActivities;
  regulation: Regulation | undefined;
  onSubmitted(result: ApplicationSubmitted): void;
}) {
  const { t } = useTranslation();
  const remotable = mapping.items.filter((i) => i.remotable);
  const [activityIds, setActivityIds] = useState<string[]>(() => remotable.map((i) => i.activityId));
  const [plan, setPlan] = useState('');
  const [days, setDays] = useState(String(Math.max(1, mapping.proposedQuota)));
  const [objectives, setObjectives] = useState<Objective[]>([{ ...EMPTY_OBJECTIVE }]);
  const submit = useSubmit();
  const form = useRef<HTMLFormElement>(null);
  useFocusInvalid(submit.error, form);

  async function send(event: FormEvent) {
    event.preventDefault();
    const result = await submit.run(() =>
      api.applications.submit({ employeeId, activityIds, plan, requestedDaysPerMonth: Number(days), objectives: filledObjectives(objectives) }),
    );
    if (result) onSubmitted(result);
  }

  const activityError = submit.fieldError('activityIds');
  return (
    <form ref={form} onSubmit={send} noValidate aria-labelledby="apply-title">
      <ProblemAlert error={submit.error} shownAt={FIELDS} />
      <fieldset className="mb-4" aria-describedby={activityError ? 'apply-activities-error' : 'apply-activities-hint'} aria-invalid={activityError ? true : undefined}>
        <legend className="h6">
          {t('mine.apply.activities')} <span className="badge article-badge ms-1">art. 6.1</span>
        </legend>
        <small id="apply-activities-hint" className="form-text d-block mb-2">
          {t('mine.apply.activitiesHint')}
        </small>
        {remotable.map((item) => (
          <CheckboxField
            key={item.activityId}
            id={`apply-activity-${item.activityId}`}
            label={t('mine.apply.activityLabel', { name: item.name, share: item.share })}
            checked={activityIds.includes(item.activityId)}
            onChange={(on) => setActivityIds(on ? [...activityIds, item.activityId] : activityIds.filter((id) => id !== item.activityId))}
          />
        ))}
        {activityError && (
          <div id="apply-activities-error" className="invalid-feedback d-block">
            {activityError}
          </div>
        )}
      </fieldset>
      <TextAreaField id="apply-plan" label={t('mine.apply.plan')} hint={t('mine.apply.planHint')} value={plan} onChange={setPlan} rows={4} required error={submit.fieldError('plan')} />
      <div className="row">
        <div className="col-12 col-md-6">
          <TextField
            id="apply-days"
            type="number"
            min={1}
            max={regulation?.maxAgileDaysPerMonth}
            inputMode="numeric"
            label={t('mine.apply.days')}
            value={days}
            onChange={setDays}
            hint={t('mine.apply.daysHint', { proposed: mapping.proposedQuota, share: mapping.remotableShare, max: regulation?.maxAgileDaysPerMonth ?? '…' })}
            required
            error={submit.fieldError('requestedDaysPerMonth')}
          />
        </div>
      </div>
      <ObjectivesEditor idPrefix="apply-objective" legend={t('mine.apply.objectives')} hint={t('mine.apply.objectivesHint')} value={objectives} onChange={setObjectives} fieldError={submit.fieldError} />
      <SubmitButton busy={submit.busy} busyLabel={t('mine.apply.sending')}>
        {t('mine.apply.submit')}
      </SubmitButton>
    </form>
  );
}
