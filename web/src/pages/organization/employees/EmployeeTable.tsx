import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { Employee } from '../../../api/types';

/** One page of employees; the name opens the record (the whole row does for a mouse). */
export function EmployeeTable({ employees, caption }: { employees: Employee[]; caption: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <div className="table-responsive">
      <table className="table table-hover align-middle employee-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('employee.name')}</th>
            <th scope="col">{t('employee.matricola')}</th>
            <th scope="col">{t('employee.unit')}</th>
            <th scope="col" className="d-none d-md-table-cell">
              {t('employee.role')}
            </th>
            <th scope="col" className="d-none d-lg-table-cell">
              {t('employee.contract')}
            </th>
            <th scope="col" className="d-none d-lg-table-cell">
              {t('employee.workPattern')}
            </th>
          </tr>
        </thead>
        <tbody>
          {employees.length === 0 && (
            <tr>
              <td colSpan={6}>{t('employees.none')}</td>
            </tr>
          )}
          {employees.map((e) => (
            <tr key={e.id} className="clickable-row" onClick={() => navigate(`/dipendenti/${e.id}`)}>
              <th scope="row" className="fw-semibold">
                <Link to={`/dipendenti/${e.id}`} onClick={(event) => event.stopPropagation()}>
                  {e.lastName} {e.firstName}
                </Link>
              </th>
              <td className="font-monospace">{e.matricola}</td>
              <td>
                {e.unitName}
                <small className="d-block text-muted">{e.directorateName}</small>
              </td>
              <td className="d-none d-md-table-cell">{t(`employeeRoles.${e.role}`)}</td>
              <td className="d-none d-lg-table-cell">{t(`contractTypes.${e.contract.type}`)}</td>
              <td className="d-none d-lg-table-cell">
                {t(`workPatterns.${e.workPattern.type}`)}
                {e.workPattern.percent != null && ` (${e.workPattern.percent}%)`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
