import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Unit } from '../../../api/types';
import { useFormat } from '../../../hooks/useFormat';

/** The units of one directorate; each opens the employee list filtered on it. */
export function UnitList({ id, units }: { id: string; units: Unit[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (units.length === 0)
    return (
      <p id={id} className="tree-units text-muted mb-3">
        {t('structure.noUnits')}
      </p>
    );
  return (
    <ul id={id} className="tree-units list-unstyled mb-3">
      {units.map((unit) => (
        <li key={unit.id} className="tree-unit">
          <Link to={`/dipendenti?directorateId=${unit.directorateId}&unitId=${unit.id}`} className="tree-unit-link">
            <span className="tree-code">{unit.code}</span> {unit.name}
          </Link>
          <span className="tree-meta">
            {unit.managerName && <span>{t('structure.manager', { name: unit.managerName })}</span>}
            <span className="badge bg-light text-dark">{t('structure.employees', { count: unit.employeeCount, formatted: format.number(unit.employeeCount) })}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
