import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import type { AgileDay } from '../../../api/types';
import { Dialog, DialogActions } from '../../../components/Dialog';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useSubmit } from '../../../hooks/useSubmit';
import { useDayNames } from '../common/useDayNames';

/** Art. 10.2 — the employee cancels a requested or authorized day before it starts; the day returns to the quota. */
export function CancelDayDialog({ day, cutoff, onClose, onDone }: { day: AgileDay; cutoff: string; onClose(): void; onDone(day: AgileDay): void }) {
  const { t } = useTranslation();
  const names = useDayNames();
  const submit = useSubmit();

  async function confirm() {
    const cancelled = await submit.run(() => api.agileDays.cancel(day.id));
    if (cancelled) onDone(cancelled);
  }

  return (
    <Dialog
      title={t('agileDays.cancel.title', { day: names.long(day.date) })}
      onClose={onClose}
      actions={<DialogActions busy={submit.busy} label={t('agileDays.cancel.submit')} onCancel={onClose} onConfirm={confirm} variant="danger" />}
    >
      <ProblemAlert error={submit.error} />
      <p className="mb-0">{t('agileDays.cancel.lead', { time: cutoff })}</p>
    </Dialog>
  );
}
