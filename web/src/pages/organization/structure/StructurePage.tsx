import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { TextField } from '../../../components/form/TextField';
import { Loading } from '../../../components/Loading';
import { Page } from '../../../components/Page';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { StatusMessage } from '../../../components/StatusMessage';
import { useAsync } from '../../../hooks/useAsync';
import { useDebouncedValue } from '../../../hooks/useDebouncedValue';
import { useFormat } from '../../../hooks/useFormat';
import { can } from '../../../session/roles';
import { useMe } from '../../../session/SessionContext';
import { DirectorateNode } from './DirectorateNode';
import { StructureEditor } from './StructureEditor';
import { buildTree } from './tree';

/** Directorates → units, with employee counts; a unit opens its employees. */
export function StructurePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const structure = useAsync(() => Promise.all([api.directorates.list(), api.units.list()]), []);
  const [expanded, setExpanded] = useState<Set<string>>(new Set());
  const [filter, setFilter] = useState('');
  const debouncedFilter = useDebouncedValue(filter, 200);

  const branches = useMemo(() => (structure.data ? buildTree(structure.data[0], structure.data[1], debouncedFilter) : []), [structure.data, debouncedFilter]);
  const filtering = debouncedFilter.trim() !== '';

  // A filter opens the directorates it found; each can still be closed by hand.
  useEffect(() => {
    if (filtering) setExpanded(new Set(branches.map((b) => b.directorate.id)));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debouncedFilter]);
  const toggle = (id: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const totalEmployees = structure.data?.[0].reduce((sum, d) => sum + d.employeeCount, 0) ?? 0;

  return (
    <Page title={t('structure.title')} trail={[]} lead={t('structure.lead')}>
      <ProblemAlert error={structure.error} />
      {structure.loading && !structure.data && <Loading />}
      {structure.data && (
        <>
          <div className="row align-items-end">
            <div className="col-12 col-md-6">
              <TextField id="structure-filter" type="search" label={t('structure.filter')} value={filter} onChange={setFilter} hint={t('structure.filterHint')} />
            </div>
            <div className="col-12 col-md-6 d-flex gap-2 justify-content-md-end mb-4">
              <button type="button" className="btn btn-outline-primary btn-sm" onClick={() => setExpanded(new Set(branches.map((b) => b.directorate.id)))}>
                {t('structure.expandAll')}
              </button>
              <button type="button" className="btn btn-outline-primary btn-sm" onClick={() => setExpanded(new Set())}>
                {t('structure.collapseAll')}
              </button>
            </div>
          </div>
          <StatusMessage className="mb-3">
            {filtering
              ? t('structure.filtered', { count: branches.length })
              : t('structure.summary', { directorates: structure.data[0].length, units: structure.data[1].length, employees: format.number(totalEmployees) })}
          </StatusMessage>
          <ul className="structure-tree list-unstyled" aria-label={t('structure.treeLabel')}>
            {branches.map((branch) => (
              <DirectorateNode key={branch.directorate.id} branch={branch} expanded={expanded.has(branch.directorate.id)} onToggle={() => toggle(branch.directorate.id)} />
            ))}
          </ul>
          {can(me, 'structureWrite') && <StructureEditor directorates={structure.data[0]} onSaved={structure.reload} />}
        </>
      )}
    </Page>
  );
}
