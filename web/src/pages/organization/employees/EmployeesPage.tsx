import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { Loading } from '../../../components/Loading';
import { Page } from '../../../components/Page';
import { Pagination } from '../../../components/Pagination';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { StatusMessage } from '../../../components/StatusMessage';
import { useAsync } from '../../../hooks/useAsync';
import { useFormat } from '../../../hooks/useFormat';
import { EmployeeFilters } from './EmployeeFilters';
import { EmployeeTable } from './EmployeeTable';
import { PAGE_SIZE, useEmployeeSearch } from './useEmployeeSearch';

/** The employees the signed-in person may see (the API scopes the list), 25 a page, searched on the server. */
export function EmployeesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [search, update] = useEmployeeSearch();
  const result = useAsync(
    (signal) =>
      api.employees.list(
        { q: search.q || undefined, directorateId: search.directorateId || undefined, unitId: search.unitId || undefined, page: search.page, pageSize: PAGE_SIZE },
        signal,
      ),
    [search.q, search.directorateId, search.unitId, search.page],
  );
  const data = result.data;
  const lastPage = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;

  return (
    <Page title={t('employees.title')} trail={[]}>
      <EmployeeFilters search={search} onChange={update} />
      <ProblemAlert error={result.error} />
      <StatusMessage className="mb-2 result-count">
        {data && !result.loading && t('employees.found', { count: data.total, formatted: format.number(data.total), page: search.page, pages: lastPage })}
        {result.loading && t('employees.searching')}
      </StatusMessage>
      {!data && result.loading && <Loading />}
      {data && (
        <div className={result.loading ? 'opacity-50' : undefined} aria-busy={result.loading}>
          <EmployeeTable employees={data.items} caption={t('employees.caption', { page: search.page, pages: lastPage })} />
          <Pagination page={search.page} pageSize={PAGE_SIZE} total={data.total} onPage={(page) => update({ page })} label={t('employees.pagination')} />
        </div>
      )}
    </Page>
  );
}
