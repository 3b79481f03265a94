import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { Icon } from '../../../components/Icon';
import { Loading } from '../../../components/Loading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { Section } from '../../../components/Section';
import { StatusMessage } from '../../../components/StatusMessage';
import { useAsync } from '../../../hooks/useAsync';
import { ActivitySharesForm } from './ActivitySharesForm';
import { ActivitySharesView } from './ActivitySharesView';

/** "Attività e quota lavorabile da remoto": shown to whoever sees the employee; HR and the director change it. */
export function EmployeeActivitiesSection({ employeeId, unitId, editable, onSaved }: { employeeId: string; unitId: string; editable: boolean; onSaved?(): void }) {
  const { t } = useTranslation();
  const mapping = useAsync(() => api.employees.activities(employeeId), [employeeId]);
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState('');

  return (
    <Section
      id="activities"
      title={t('mapping.title')}
      actions={
        editable &&
        mapping.data &&
        !editing && (
          <button type="button" className="btn btn-outline-primary btn-sm" onClick={() => setEditing(true)}>
            <Icon name="pencil" size="sm" className="icon-primary me-1" />
            {t('mapping.edit')}
          </button>
        )
      }
    >
      <ProblemAlert error={mapping.error} />
      {mapping.loading && !mapping.data && <Loading />}
      {mapping.data && !editing && <ActivitySharesView mapping={mapping.data} />}
      {mapping.data && editing && (
        <ActivitySharesForm
          employeeId={employeeId}
          unitId={unitId}
          mapping={mapping.data}
          onCancel={() => setEditing(false)}
          onSaved={(saved) => {
            mapping.set(saved);
            setEditing(false);
            setStatus(t('mapping.saved', { share: saved.remotableShare, count: saved.proposedQuota }));
            onSaved?.();
          }}
        />
      )}
      <StatusMessage className="mt-2">{status}</StatusMessage>
    </Section>
  );
}
