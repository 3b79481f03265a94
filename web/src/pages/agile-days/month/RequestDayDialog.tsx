import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import type { AgileDayCreated } from '../../../api/types';
import { Dialog, DialogActions } from '../../../components/Dialog';
import { CheckboxField } from '../../../components/form/CheckboxField';
import { TextAreaField } from '../../../components/form/TextAreaField';
import { useFocusInvalid } from '../../../components/form/useFocusInvalid';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useSubmit } from '../../../hooks/useSubmit';
import { useDayNames } from '../common/useDayNames';
import type { RequestKind } from './dayActions';

/**
 * Art. 10.1, 11.2 — asking for an agile day: the activities planned for it are required. Inside
 * the notice period the request can only be exceptional, with its reason, and the manager then
 * decides it on its own.
 */
export function RequestDayDialog({ employeeId, date, kind, noticeDays, onClose, onDone }: {
  employeeId: string;
  date: string;
  kind: RequestKind;
  noticeDays: number;
  onClose(): void;
  onDone(created: AgileDayCreated): void;
}) {
  const { t } = useTranslation();
  const names = useDayNames();
  const [activities, setActivities] = useState('');
  const [exceptional, setExceptional] = useState(false);
  const [reason, setReason] = useState('');
  const submit = useSubmit();
  const body = useRef<HTMLDivElement>(null);
  useFocusInvalid(submit.error, body);

  async function save(event: FormEvent) {
    event.preventDefault();
    const created = await submit.run(() =>
      api.agileDays.request({ employeeId, date, activities, exceptional: kind === 'exceptional' && exceptional, reason: exceptional && reason.trim() ? reason : null }),
    );
    if (created) onDone(created);
  }

  return (
    <Dialog
      title={t('agileDays.request.title', { day: names.long(date) })}
      onClose={onClose}
      onSubmit={save}
      actions={<DialogActions busy={submit.busy} label={t('agileDays.request.submit')} onCancel={onClose} />}
    >
      <div ref={body}>
        <ProblemAlert error={submit.error} shownAt={['activities', 'reason', 'exceptional']} />
        <TextAreaField
          id="day-activities"
          label={t('agileDays.request.activities')}
          hint={t('agileDays.request.activitiesHint')}
          value={activities}
          onChange={setActivities}
          rows={4}
          required
         
          error={submit.fieldError('activities')}
        />
        {kind === 'exceptional' && (
          <>
            <div className="alert alert-warning py-2" role="note">
              {t('agileDays.request.insideNotice', { count: noticeDays })}
            </div>
            <CheckboxField
              id="day-exceptional"
              label={t('agileDays.request.exceptional')}
              hint={t('agileDays.request.exceptionalHint')}
              checked={exceptional}
              onChange={setExceptional}
              error={submit.fieldError('exceptional')}
            />
            {exceptional && (
              <TextAreaField id="day-reason" label={t('agileDays.request.reason')} value={reason} onChange={setReason} rows={3} required error={submit.fieldError('reason')} />
            )}
          </>
        )}
      </div>
    </Dialog>
  );
}
