import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import type { Circumstances } from '../../../api/types';
import { Icon } from '../../../components/Icon';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { Section } from '../../../components/Section';
import { StatusMessage } from '../../../components/StatusMessage';
import { useSubmit } from '../../../hooks/useSubmit';
import { CircumstancesForm } from './CircumstancesForm';
import { CircumstancesView } from './CircumstancesView';

/**
 * GDPR art. 9 data, HR only. Nothing is read until HR asks, because every read is recorded
 * in the audit log with their name.
 */
export function CircumstancesSection({ employeeId, onAudited }: { employeeId: string; onAudited(): void }) {
  const { t } = useTranslation();
  const [data, setData] = useState<Circumstances | null>(null);
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState('');
  const reading = useSubmit();

  async function reveal() {
    const found = await reading.run(() => api.employees.circumstances(employeeId));
    if (!found) return;
    setData(found);
    setStatus(t('circumstances.shown'));
    onAudited();
  }

  return (
    <Section
      id="circumstances"
      title={t('employee.sections.circumstances')}
      actions={
        data &&
        !editing && (
          <button type="button" className="btn btn-outline-primary btn-sm" onClick={() => setEditing(true)}>
            <Icon name="pencil" size="sm" className="icon-primary me-1" />
            {t('common.edit')}
          </button>
        )
      }
    >
      <div className="alert alert-warning" role="note">
        {t('circumstances.notice')}
      </div>
      <ProblemAlert error={reading.error} />
      {!data && (
        <button type="button" className="btn btn-primary" onClick={() => void reveal()} disabled={reading.busy}>
          {reading.busy ? t('common.loading') : t('circumstances.reveal')}
        </button>
      )}
      {data && !editing && <CircumstancesView data={data} />}
      {data && editing && (
        <CircumstancesForm
          employeeId={employeeId}
          initial={data}
          onCancel={() => setEditing(false)}
          onSaved={(saved) => {
            setData(saved);
            setEditing(false);
            setStatus(t('circumstances.saved'));
            onAudited();
          }}
        />
      )}
      <StatusMessage className="mt-2">{status}</StatusMessage>
    </Section>
  );
}
