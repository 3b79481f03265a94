import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { api } from '../../../api/client';
import { AGREEMENT_STATUSES } from '../../../api/enums';
import type { Agreement, AgreementQuery } from '../../../api/types';
import { DataTable } from '../../../components/DataTable';
import { FilterButtons, type FilterOption } from '../../../components/FilterButtons';
import { Loading } from '../../../components/Loading';
import { Page } from '../../../components/Page';
import { Pagination } from '../../../components/Pagination';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { StatusMessage } from '../../../components/StatusMessage';
import { useAsync } from '../../../hooks/useAsync';
import { useFormat } from '../../../hooks/useFormat';
import { can } from '../../../session/roles';
import { useMe } from '../../../session/SessionContext';
import { AgreementStatusBadge } from '../common/StatusBadge';
import { useRegulation } from '../common/useRegulation';

const PAGE_SIZE = 25;
const EXPIRING_DAYS = 60;
/**
 * The API counts the inactive list within the page it returns (its total is the page's length),
 * so that list is read in one page of the largest size allowed.
 */
const INACTIVE_PAGE_SIZE = 200;

/** The filters the page offers: every state, and HR's two working lists (art. 8.2 expiry, art. 9.4 inactivity). */
function queryOf(filter: string, inactiveMonths: number): AgreementQuery {
  if (filter === 'expiring') return { expiringWithinDays: EXPIRING_DAYS };
  if (filter === 'inactive') return { inactiveMonths };
  if ((AGREEMENT_STATUSES as readonly string[]).includes(filter)) return { status: filter as Agreement['status'] };
  return {};
}

/** "Accordi": the agreements in the person's scope by state, with HR's lists of those expiring and inactive. */
export function AgreementsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const regulation = useRegulation();
  const [params, setParams] = useSearchParams();
  const filter = params.get('filtro') ?? 'active';
  const page = Math.max(1, Number(params.get('pagina')) || 1);
  const hrLists = can(me, 'agreementLists');
  const inactiveMonths = regulation?.inactivityRevocationMonths ?? 6;

  const counts = useAsync(async () => {
    const filters = [...AGREEMENT_STATUSES, 'all', ...(hrLists ? ['expiring', 'inactive'] : [])];
    const totals = await Promise.all(
      filters.map((f) => api.agreements.list({ ...queryOf(f, inactiveMonths), pageSize: f === 'inactive' ? INACTIVE_PAGE_SIZE : 1 }).then((r) => [f, r.total] as const)),
    );
    return Object.fromEntries(totals) as Record<string, number>;
  }, [hrLists, inactiveMonths]);
  const pageSize = filter === 'inactive' ? INACTIVE_PAGE_SIZE : PAGE_SIZE;
  const list = useAsync((signal) => api.agreements.list({ ...queryOf(filter, inactiveMonths), page, pageSize }, signal), [filter, page, pageSize, inactiveMonths]);

  const go = (change: { filtro?: string; pagina?: number }) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (change.filtro !== undefined) {
        next.set('filtro', change.filtro);
        next.delete('pagina');
      }
      if (change.pagina !== undefined) {
        if (change.pagina > 1) next.set('pagina', String(change.pagina));
        else next.delete('pagina');
      }
      return next;
    });

  const c = counts.data;
  const options: FilterOption[] = [
    ...AGREEMENT_STATUSES.map((s) => ({ value: s, label: t(`agreementStatuses.${s}`), count: c?.[s] })),
    { value: 'all', label: t('agreements.all'), count: c?.all },
  ];
  const lists: FilterOption[] = hrLists
    ? [
        { value: 'expiring', label: t('agreements.expiring', { days: EXPIRING_DAYS }), count: c?.expiring },
        { value: 'inactive', label: t('agreements.inactive', { months: inactiveMonths }), count: c?.inactive },
      ]
    : [];
  const captionOf = [...options, ...lists].find((o) => o.value === filter)?.label ?? '';

  return (
    <Page title={t('agreements.title')} trail={[]} lead={hrLists ? t('agreements.leadHr') : t('agreements.lead')}>
      <FilterButtons label={t('agreements.byState')} options={options} value={filter} onChange={(filtro) => go({ filtro })} selectId="agreements-state" />
      {hrLists && (
        <>
          <h2 className="h6 mt-2">{t('agreements.hrLists')}</h2>
          <FilterButtons label={t('agreements.hrLists')} options={lists} value={filter} onChange={(filtro) => go({ filtro })} />
        </>
      )}
      {filter === 'inactive' && <p className="small">{t('agreements.inactiveHelp', { months: inactiveMonths })}</p>}
      <ProblemAlert error={list.error ?? counts.error} />
      {list.loading && !list.data && <Loading />}
      {list.data && (
        <div className={list.loading ? 'opacity-50' : undefined} aria-busy={list.loading}>
          <StatusMessage className="mb-2">{t('agreements.found', { count: list.data.total })}</StatusMessage>
          <DataTable<Agreement>
            caption={t('agreements.caption', { filter: captionOf })}
            captionHidden
            rows={list.data.items}
            rowKey={(a) => a.id}
            empty={t('agreements.none')}
            columns={[
              {
                key: 'employee',
                header: t('agreements.employee'),
                render: (a) => (
                  <>
                    <Link to={`/accordi/${a.id}`} className="fw-semibold">
                      {a.employeeName}
                    </Link>
                    <small className="d-block text-muted font-monospace">{a.matricola}</small>
                  </>
                ),
              },
              { key: 'status', header: t('agreements.status'), render: (a) => <AgreementStatusBadge status={a.status} /> },
              { key: 'quota', header: t('agreement.quota'), className: 'text-end text-nowrap d-none d-md-table-cell', render: (a) => t('mapping.daysPerMonth', { count: a.monthlyQuota }) },
              { key: 'start', header: t('agreements.start'), className: 'text-nowrap d-none d-lg-table-cell', render: (a) => format.date(a.startDate) || '—' },
              {
                key: 'end',
                header: filter === 'inactive' ? t('agreement.inactiveSince') : t('agreements.end'),
                className: 'text-nowrap',
                render: (a) => (filter === 'inactive' ? format.date(a.inactiveSince) : format.date(a.termination?.date ?? a.endDate)),
              },
            ]}
          />
          <Pagination page={page} pageSize={pageSize} total={list.data.total} onPage={(pagina) => go({ pagina })} label={t('agreements.pagination')} />
        </div>
      )}
    </Page>
  );
}
