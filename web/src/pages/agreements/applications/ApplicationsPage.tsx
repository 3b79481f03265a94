import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { api } from '../../../api/client';
import type { Application, ApplicationStatus } from '../../../api/types';
import { FilterButtons } from '../../../components/FilterButtons';
import { Loading } from '../../../components/Loading';
import { Page } from '../../../components/Page';
import { Pagination } from '../../../components/Pagination';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { StatusMessage } from '../../../components/StatusMessage';
import { useAsync } from '../../../hooks/useAsync';
import { can } from '../../../session/roles';
import { useMe } from '../../../session/SessionContext';
import { useRegulation } from '../common/useRegulation';
import { ApplicationCard, type ApplicationAction } from './ApplicationCard';
import { ApproveDialog, OpinionDialog, RefuseDialog } from './DecisionDialogs';

const PAGE_SIZE = 10;
const FILTERS = ['submitted', 'approved', 'refused', 'all'] as const;
type Filter = (typeof FILTERS)[number];

/**
 * "Richieste di adesione" (art. 6): the applications in the person's scope, pending first.
 * The unit's manager gives an opinion, the directorate's director approves with the quota or
 * refuses with a reason; HR reads them all.
 */
export function ApplicationsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const regulation = useRegulation();
  const [params, setParams] = useSearchParams();
  const filter: Filter = (FILTERS as readonly string[]).includes(params.get('stato') ?? '') ? (params.get('stato') as Filter) : 'submitted';
  const page = Math.max(1, Number(params.get('pagina')) || 1);
  const [dialog, setDialog] = useState<{ action: ApplicationAction; application: Application } | null>(null);
  const [outcome, setOutcome] = useState<{ text: string; agreementId?: string } | null>(null);
  const [version, setVersion] = useState(0);
  const outcomeBox = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (outcome) outcomeBox.current?.focus();
  }, [outcome]);

  const directorates = useAsync(() => api.directorates.list(), []);
  const counts = useAsync(
    () => Promise.all((['submitted', 'approved', 'refused'] as ApplicationStatus[]).map((status) => api.applications.list({ status, pageSize: 1 }).then((r) => r.total))),
    [version],
  );
  const list = useAsync(
    (signal) => api.applications.list({ status: filter === 'all' ? undefined : filter, page, pageSize: PAGE_SIZE }, signal),
    [filter, page, version],
  );

  // HR decides the applications of directors (art. 20.2): the list does not say who is a director, the records do.
  const decidesForDirectors = can(me, 'decisionForDirectors');
  const directorApplicants = useAsync(async () => {
    if (!decidesForDirectors || !list.data) return new Set<string>();
    const pending = list.data.items.filter((a) => a.status === 'submitted');
    const people = await Promise.all(pending.map((a) => api.employees.get(a.employeeId)));
    return new Set(people.filter((p) => p.role === 'director').map((p) => p.id));
  }, [decidesForDirectors, list.data]);

  const headed = new Set((directorates.data ?? []).filter((d) => d.headEmployeeId && d.headEmployeeId === me.user.employeeId).map((d) => d.id));
  const directorateName = (id: string) => directorates.data?.find((d) => d.id === id)?.name;
  const actionsFor = (a: Application): ApplicationAction[] => {
    if (a.status !== 'submitted' || a.employeeId === me.user.employeeId) return [];
    const actions: ApplicationAction[] = [];
    if (can(me, 'opinion')) actions.push('opinion');
    const decides = (can(me, 'decision') && headed.has(a.directorateId)) || Boolean(directorApplicants.data?.has(a.employeeId));
    if (decides) actions.push('approve', 'refuse');
    return actions;
  };

  const go = (change: { stato?: string; pagina?: number }) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (change.stato !== undefined) {
        next.set('stato', change.stato);
        next.delete('pagina');
      }
      if (change.pagina !== undefined) {
        if (change.pagina > 1) next.set('pagina', String(change.pagina));
        else next.delete('pagina');
      }
      return next;
    });

  const done = (text: string, agreementId?: string) => {
    setDialog(null);
    setOutcome({ text, agreementId });
    setVersion((v) => v + 1);
  };

  const [submitted, approved, refused] = counts.data ?? [];
  const total = counts.data ? counts.data.reduce((s, n) => s + n, 0) : undefined;

  return (
    <Page title={t('requests.title')} trail={[]} lead={can(me, 'decision') || can(me, 'opinion') ? t('requests.lead') : t('requests.leadReadOnly')}>
      <FilterButtons
        label={t('requests.filterLabel')}
        selectId="requests-state"
        value={filter}
        onChange={(stato) => go({ stato })}
        options={[
          { value: 'submitted', label: t('requests.filters.submitted'), count: submitted },
          { value: 'approved', label: t('requests.filters.approved'), count: approved },
          { value: 'refused', label: t('requests.filters.refused'), count: refused },
          { value: 'all', label: t('requests.filters.all'), count: total },
        ]}
      />
      {outcome && (
        <div ref={outcomeBox} tabIndex={-1} role="status" className="alert alert-success decision-outcome">
          {outcome.text}
          {outcome.agreementId && (
            <Link className="d-block mt-1 fw-semibold" to={`/accordi/${outcome.agreementId}`}>
              {t('requests.openDraft')}
            </Link>
          )}
        </div>
      )}
      <ProblemAlert error={list.error ?? counts.error} />
      {list.loading && !list.data && <Loading />}
      {list.data && (
        <div className={list.loading ? 'opacity-50' : undefined} aria-busy={list.loading}>
          <StatusMessage className="mb-3">{t('requests.found', { count: list.data.total })}</StatusMessage>
          {list.data.items.length === 0 && <p>{filter === 'submitted' ? t('requests.noneWaiting') : t('requests.none')}</p>}
          {list.data.items.map((a) => (
            <ApplicationCard key={a.id} application={a} directorateName={directorateName(a.directorateId)} actions={actionsFor(a)} onAction={(action) => setDialog({ action, application: a })} />
          ))}
          <Pagination page={page} pageSize={PAGE_SIZE} total={list.data.total} onPage={(pagina) => go({ pagina })} label={t('requests.pagination')} />
        </div>
      )}

      {dialog?.action === 'opinion' && (
        <OpinionDialog application={dialog.application} onClose={() => setDialog(null)} onDone={(a) => done(t('requests.opinion.done', { name: a.employeeName }))} />
      )}
      {dialog?.action === 'approve' && (
        <ApproveDialog
          application={dialog.application}
          maximum={regulation?.maxAgileDaysPerMonth}
          onClose={() => setDialog(null)}
          onDone={(r) => done(t('requests.approve.done', { name: dialog.application.employeeName }), r.agreementId ?? undefined)}
        />
      )}
      {dialog?.action === 'refuse' && (
        <RefuseDialog application={dialog.application} onClose={() => setDialog(null)} onDone={() => done(t('requests.refuse.done', { name: dialog.application.employeeName }))} />
      )}
    </Page>
  );
}
