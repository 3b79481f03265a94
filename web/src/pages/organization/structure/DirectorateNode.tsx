import { useTranslation } from 'react-i18next';
import { Icon } from '../../../components/Icon';
import { useFormat } from '../../../hooks/useFormat';
import type { DirectorateBranch } from './tree';
import { UnitList } from './UnitList';

/** One directorate: a disclosure button (Enter/Space toggle it) and, when open, its units. */
export function DirectorateNode({ branch, expanded, onToggle }: { branch: DirectorateBranch; expanded: boolean; onToggle(): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { directorate, units } = branch;
  const listId = `units-of-${directorate.id}`;
  return (
    <li className="tree-directorate">
      <div className="tree-row">
        <button type="button" className="btn tree-toggle" aria-expanded={expanded} aria-controls={listId} onClick={onToggle}>
          <Icon name={expanded ? 'expand' : 'chevron-right'} size="sm" className="icon-primary" />
          <span>
            <span className="tree-code">{directorate.code}</span> {directorate.name}
          </span>
        </button>
        <span className="tree-meta">
          {directorate.headName && <span>{t('structure.head', { name: directorate.headName })}</span>}
          <span className="badge bg-primary">{t('structure.units', { count: directorate.unitCount })}</span>
          <span className="badge bg-light text-dark">{t('structure.employees', { count: directorate.employeeCount, formatted: format.number(directorate.employeeCount) })}</span>
        </span>
      </div>
      {expanded && <UnitList id={listId} units={units} />}
    </li>
  );
}
