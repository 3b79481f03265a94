import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../../../api/client';
import { eligibility } from '../../../api/rules';
import type { Agreement, AgreementStatus } from '../../../api/types';
import { Loading } from '../../../components/Loading';
import { Page } from '../../../components/Page';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { Section } from '../../../components/Section';
import { useAsync } from '../../../hooks/useAsync';
import { useFormat } from '../../../hooks/useFormat';
import { useMe } from '../../../session/SessionContext';
import { ActivitySharesView } from '../mapping/ActivitySharesView';
import { AgreementStatusBadge } from '../common/StatusBadge';
import { useRegulation } from '../common/useRegulation';
import { ApplicationForm } from './ApplicationForm';
import { MyAgreements } from './MyAgreements';
import { MyApplications } from './MyApplications';
import { MyNotifications } from './MyNotifications';

/** Agreements that still run (or are being signed): while one exists no new application is possible. */
const RUNNING: AgreementStatus[] = ['draft', 'awaiting_signatures', 'signed', 'active'];
const isRunning = (a: Agreement) => RUNNING.includes(a.status) && !a.termination;

/** The browser's day, as the API writes days (the server checks again with its own clock). */
const today = () => new Date().toISOString().slice(0, 10);

/**
 * "Il mio lavoro agile": my mapping and quota, where I stand, the application form when I may
 * apply, my applications and agreements, and what the administration told me.
 */
export function MyAgileWorkPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const employeeId = me.user.employeeId!;
  const regulation = useRegulation();
  const [version, setVersion] = useState(0);
  const [sent, setSent] = useState('');
  const sentBox = useRef<HTMLDivElement>(null);

  const data = useAsync(
    () =>
      Promise.all([
        api.employees.get(employeeId),
        api.employees.activities(employeeId),
        api.applications.list({ employeeId, pageSize: 50 }),
        api.agreements.list({ employeeId, pageSize: 50 }),
        api.notifications.mine(),
      ]),
    [employeeId, version],
  );

  useEffect(() => {
    if (sent) sentBox.current?.focus();
  }, [sent]);

  const [employee, mapping, applications, agreements, notifications] = data.data ?? [];
  const running = agreements?.items.find(isRunning);
  const pending = applications?.items.find((a) => a.status === 'submitted');
  const verdict = employee && regulation ? eligibility(employee.contract, employee.role, today(), regulation) : null;
  const mayApply = Boolean(mapping?.potentialAgileWorker && verdict?.eligible && !running && !pending);

  function situation() {
    if (running)
      return (
        <div className="alert alert-success" role="status">
          <span className="d-flex flex-wrap align-items-center gap-2">
            {t('mine.situation.agreement')} <AgreementStatusBadge status={running.status} />
          </span>
          <div className="d-flex flex-wrap gap-2 mt-2">
            <Link to={`/accordi/${running.id}`} className="btn btn-primary btn-sm">
              {running.status === 'draft' || running.status === 'awaiting_signatures' ? t('mine.situation.openToSign') : t('mine.situation.open')}
            </Link>
            {running.status === 'active' && (
              <Link to="/lavoro-agile/mese" className="btn btn-outline-primary btn-sm">
                {t('agileDays.openMyMonth')}
              </Link>
            )}
            {running.status === 'active' && (
              <Link to="/postazioni" className="btn btn-outline-primary btn-sm">
                {t('booking.title')}
              </Link>
            )}
            <Link to="/lavoro-agile/dotazioni" className="btn btn-outline-primary btn-sm">
              {t('myEquipment.title')}
            </Link>
          </div>
        </div>
      );
    if (pending)
      return (
        <div className="alert alert-info" role="status">
          {t('mine.situation.pending', { date: format.date(pending.submittedAt) })}
        </div>
      );
    if (verdict && !verdict.eligible)
      return (
        <div className="alert alert-warning" role="status">
          {t('mine.situation.notEligible', { reason: verdict.reason })}
        </div>
      );
    if (mapping && !mapping.potentialAgileWorker)
      return (
        <div className="alert alert-warning" role="status">
          {t('mine.situation.notRemotable', { year: mapping.year })}
        </div>
      );
    return (
      <div className="alert alert-info" role="status">
        {t('mine.situation.mayApply')}
      </div>
    );
  }

  return (
    <Page title={t('mine.title')} trail={[]} lead={t('mine.lead')}>
      <ProblemAlert error={data.error} />
      {data.loading && !data.data && <Loading />}
      {sent && (
        <div ref={sentBox} tabIndex={-1} className="alert alert-success application-sent" role="status">
          {sent}
        </div>
      )}
      {data.data && (
        <>
          {situation()}
          <Section id="my-activities" title={t('mine.activitiesTitle')}>
            <ActivitySharesView mapping={mapping!} />
          </Section>
          {mayApply && mapping && (
            <section className="card shadow-sm mb-4 page-section" aria-labelledby="apply-title">
              <div className="card-body">
                <h2 id="apply-title" className="h4 mb-2">
                  {t('mine.apply.title')}
                </h2>
                <p className="mb-4">{t('mine.apply.lead')}</p>
                <ApplicationForm
                  employeeId={employeeId}
                  mapping={mapping}
                  regulation={regulation}
                  onSubmitted={(result) => {
                    setSent(t('mine.apply.sent', { count: result.proposedQuota }));
                    setVersion((v) => v + 1);
                  }}
                />
              </div>
            </section>
          )}
          <Section id="my-applications" title={t('mine.applications.title')}>
            <MyApplications applications={applications!.items} />
          </Section>
          <Section id="my-agreements" title={t('mine.agreements.title')}>
            <MyAgreements agreements={agreements!.items} />
          </Section>
          <Section id="my-notifications" title={t('mine.notifications.title')}>
            <MyNotifications notifications={notifications!} />
          </Section>
        </>
      )}
    </Page>
  );
}
