import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { SelectField } from '../../../components/form/SelectField';
import { TextField } from '../../../components/form/TextField';
import { useAsync } from '../../../hooks/useAsync';
import { useDebouncedValue } from '../../../hooks/useDebouncedValue';
import type { EmployeeSearch } from './useEmployeeSearch';

/** Search box (debounced) and the directorate → unit filters. */
export function EmployeeFilters({ search, onChange }: { search: EmployeeSearch; onChange(change: Partial<EmployeeSearch>): void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(search.q);
  const debounced = useDebouncedValue(text, 300);
  const directorates = useAsync(() => api.directorates.list(), []);
  const units = useAsync(() => (search.directorateId ? api.units.list(search.directorateId) : Promise.resolve([])), [search.directorateId]);

  useEffect(() => {
    if (debounced.trim() !== search.q) onChange({ q: debounced.trim() });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced]);

  // Back/forward may change the query in the address bar: the box follows it.
  useEffect(() => {
    if (search.q !== text.trim()) setText(search.q);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [search.q]);

  const byCode = <T extends { code: string }>(a: T, b: T) => a.code.localeCompare(b.code, 'it', { numeric: true });

  return (
    <form role="search" className="row" onSubmit={(e) => e.preventDefault()} aria-label={t('employees.searchLabel')}>
      <div className="col-12 col-lg-4">
        <TextField id="employee-search" type="search" label={t('employees.search')} value={text} onChange={setText} hint={t('employees.searchHint')} autoComplete="off" />
      </div>
      <div className="col-12 col-md-6 col-lg-4">
        <SelectField
          id="employee-directorate"
          label={t('employees.directorate')}
          value={search.directorateId}
          onChange={(directorateId) => onChange({ directorateId, unitId: '' })}
          placeholder={t('employees.allDirectorates')}
          options={[...(directorates.data ?? [])].sort(byCode).map((d) => ({ value: d.id, label: `${d.code} · ${d.name}` }))}
        />
      </div>
      <div className="col-12 col-md-6 col-lg-4">
        <SelectField
          id="employee-unit"
          label={t('employees.unit')}
          value={search.unitId}
          onChange={(unitId) => onChange({ unitId })}
          placeholder={search.directorateId ? t('employees.allUnits') : t('employees.chooseDirectorateFirst')}
          disabled={!search.directorateId}
          options={[...(units.data ?? [])].sort(byCode).map((u) => ({ value: u.id, label: `${u.code} · ${u.name}` }))}
        />
      </div>
    </form>
  );
}
