import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { Dialog, DialogActions } from '../../../components/Dialog';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { Section } from '../../../components/Section';
import { StatusMessage } from '../../../components/StatusMessage';
import { useSubmit } from '../../../hooks/useSubmit';

/** POLA § 4.1 — the yearly update starts from a copy of this year's mapping (activities and assignments). */
export function CopyYearSection({ year, onCopied }: { year: number; onCopied(to: number): void }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState('');
  const submit = useSubmit();
  const to = year + 1;

  async function copy() {
    const result = await submit.run(() => api.activities.copyYear(year, to));
    setConfirming(false);
    if (!result) return;
    setDone(t('activities.copy.done', { activities: result.activities, assignments: result.assignments, to }));
    onCopied(to);
  }

  return (
    <Section id="copy-year" title={t('activities.copy.title')}>
      <p>{t('activities.copy.text', { from: year, to })}</p>
      <button
        type="button"
        className="btn btn-outline-primary"
        onClick={() => {
          submit.reset();
          setDone('');
          setConfirming(true);
        }}
      >
        {t('activities.copy.button', { from: year, to })}
      </button>
      <div className="mt-3">
        <ProblemAlert error={submit.error} />
      </div>
      <StatusMessage className="text-success">{done}</StatusMessage>
      {confirming && (
        <Dialog
          title={t('activities.copy.confirmTitle', { to })}
          onClose={() => setConfirming(false)}
          actions={<DialogActions busy={submit.busy} label={t('activities.copy.confirm', { to })} onCancel={() => setConfirming(false)} onConfirm={() => void copy()} />}
        >
          <p className="mb-0">{t('activities.copy.confirmText', { from: year, to })}</p>
        </Dialog>
      )}
    </Section>
  );
}
