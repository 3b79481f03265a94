import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { api } from '../../../api/client';
import { Icon } from '../../../components/Icon';
import { Loading } from '../../../components/Loading';
import { Page } from '../../../components/Page';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { StatusMessage } from '../../../components/StatusMessage';
import { useAsync } from '../../../hooks/useAsync';
import { EmployeeActivitiesSection } from '../../agreements/mapping/EmployeeActivitiesSection';
import { TransferSection } from '../../agreements/transfer/TransferSection';
import { can } from '../../../session/roles';
import { useMe } from '../../../session/SessionContext';
import { AuditSection } from './AuditSection';
import { CircumstancesSection } from './CircumstancesSection';
import { EmployeeEditForm } from './EmployeeEditForm';
import { CommuteSection, ContractSection, PersonSection, WorkPatternSection } from './EmployeeDetails';
import { UnitHistorySection } from './UnitHistorySection';

/** One employee's record; HR also sees the protected circumstances and the change history. */
export function EmployeeDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const me = useMe();
  const employee = useAsync(() => api.employees.get(id), [id]);
  const [editing, setEditing] = useState(false);
  const [version, setVersion] = useState(0);
  const [status, setStatus] = useState('');
  const bump = () => setVersion((v) => v + 1);

  const data = employee.data;
  const title = data ? `${data.lastName} ${data.firstName}` : t('employee.title');
  const trail = can(me, 'employeeList') ? [{ label: t('nav.employees'), to: '/dipendenti' }] : [];

  return (
    <Page title={title} trail={trail} lead={data ? `${data.unitName} · ${data.directorateName}` : undefined}>
      <ProblemAlert error={employee.error} />
      {employee.loading && !data && <Loading />}
      <StatusMessage className="mb-2">{status}</StatusMessage>
      {data && (
        <>
          {can(me, 'employeeWrite') && !editing && (
            <div className="mb-3">
              <button type="button" className="btn btn-outline-primary" onClick={() => setEditing(true)}>
                <Icon name="pencil" size="sm" className="icon-primary me-1" />
                {t('employee.edit.open')}
              </button>
            </div>
          )}
          {editing ? (
            <EmployeeEditForm
              employee={data}
              onCancel={() => setEditing(false)}
              onSaved={(saved) => {
                employee.set(saved);
                setEditing(false);
                setStatus(t('employee.edit.saved'));
                bump();
              }}
            />
          ) : (
            <div className="row">
              <div className="col-12 col-lg-6">
                <PersonSection employee={data} />
                <CommuteSection employee={data} />
              </div>
              <div className="col-12 col-lg-6">
                <ContractSection employee={data} />
                <WorkPatternSection employee={data} />
              </div>
            </div>
          )}
          <EmployeeActivitiesSection key={`${data.id}-${data.unitId}`} employeeId={data.id} unitId={data.unitId} editable={can(me, 'employeeActivitiesWrite')} onSaved={bump} />
          {can(me, 'transfer') && (
            <TransferSection
              employee={data}
              onTransferred={() => {
                employee.reload();
                bump();
              }}
            />
          )}
          <UnitHistorySection employeeId={data.id} version={version} />
          {can(me, 'circumstances') && <CircumstancesSection employeeId={data.id} onAudited={bump} />}
          {can(me, 'audit') && <AuditSection employeeId={data.id} version={version} />}
        </>
      )}
    </Page>
  );
}
