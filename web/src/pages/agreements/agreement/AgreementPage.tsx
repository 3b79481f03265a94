import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api, downloads } from '../../../api/client';
import type { AgreementDetail } from '../../../api/types';
import { DetailList } from '../../../components/DetailList';
import { Icon } from '../../../components/Icon';
import { Loading } from '../../../components/Loading';
import { Page } from '../../../components/Page';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { Section } from '../../../components/Section';
import { useAsync } from '../../../hooks/useAsync';
import { useFormat } from '../../../hooks/useFormat';
import { can } from '../../../session/roles';
import { useMe } from '../../../session/SessionContext';
import { AgreementStatusBadge } from '../common/StatusBadge';
import { useRegulation } from '../common/useRegulation';
import { ReactivationDialog, RevocationDialog, SignDialog, WithdrawalDialog } from './AgreementDialogs';
import { AgreementEditForm } from './AgreementEditForm';
import { AgreementTerms } from './AgreementTerms';
import { SignaturesSection } from './SignaturesSection';
import { TimelineSection } from './TimelineSection';

type DialogName = 'sign' | 'withdraw' | 'revoke' | 'reactivate';

/** What the signed-in person may do with the agreement now (the API decides again). */
function actionsFor(a: AgreementDetail, me: ReturnType<typeof useMe>) {
  const isEmployee = me.user.employeeId === a.employeeId;
  const running = (a.status === 'signed' || a.status === 'active') && !a.termination;
  return {
    sign: Boolean(a.canSignAs),
    edit: a.status === 'draft' && !isEmployee && can(me, 'agreementEdit'),
    withdraw: running && (isEmployee || can(me, 'agreementWithdrawAsEmployer')),
    revoke: a.status === 'active' && !a.termination && can(me, 'agreementRevoke'),
    reactivate: a.status === 'lapsed' && !isEmployee && can(me, 'agreementReactivate'),
    isEmployee,
  };
}

/**
 * "Accordo individuale" (art. 8): every term, the signatures, the PDF, and the moves the
 * regulation allows — editing the draft, signing, withdrawal (art. 9.1–9.2), ex-officio
 * revocation (art. 9.4), reactivation after a transfer (art. 9.3) — with its history.
 */
export function AgreementPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const me = useMe();
  const navigate = useNavigate();
  const format = useFormat();
  const regulation = useRegulation();
  const agreement = useAsync(() => api.agreements.get(id), [id]);
  const annexes = useAsync(() => api.annexes.list(), []);
  const [editing, setEditing] = useState(false);
  const [dialog, setDialog] = useState<DialogName | null>(null);
  const [status, setStatus] = useState<{ text: string } | null>(null);
  const editHeading = useRef<HTMLHeadingElement>(null);
  const statusBox = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (editing) editHeading.current?.focus();
  }, [editing]);
  useEffect(() => {
    if (status) statusBox.current?.focus();
  }, [status]);
  useEffect(() => {
    setEditing(false);
    setStatus(null);
  }, [id]);

  const a = agreement.data;
  const title = a ? t('agreement.title', { name: a.employeeName }) : t('agreement.titleLoading');
  const trail = can(me, 'agreementList') ? [{ label: t('nav.agreements'), to: '/accordi' }] : me.user.employeeId ? [{ label: t('nav.myAgileWork'), to: '/lavoro-agile' }] : [];
  const allowed = a ? actionsFor(a, me) : null;

  // After a change the page shows the agreement as it now is, then says what happened.
  const after = async (message: string) => {
    setDialog(null);
    setEditing(false);
    try {
      agreement.set(await api.agreements.get(id));
    } catch {
      agreement.reload();
    }
    setStatus({ text: message });
  };

  return (
    <Page title={title} trail={trail}>
      <ProblemAlert error={agreement.error} />
      {agreement.loading && !a && <Loading />}
      {status && (
        <div ref={statusBox} tabIndex={-1} role="status" className="alert alert-success agreement-status-message">
          {status.text}
        </div>
      )}
      {a && allowed && (
        <>
          <div className="agreement-summary d-flex flex-wrap align-items-center gap-3 mb-3">
            <span className="d-inline-flex align-items-center gap-2">
              <span className="fw-semibold">{t('agreement.status')}</span>
              <AgreementStatusBadge status={a.status} />
            </span>
            <span>{t('agreement.matricola', { matricola: a.matricola })}</span>
            {a.previousAgreementId && <Link to={`/accordi/${a.previousAgreementId}`}>{t('agreement.previous')}</Link>}
          </div>
          <div className="d-flex flex-wrap gap-2 mb-4 agreement-actions">
            {allowed.sign && (
              <button type="button" className="btn btn-primary" onClick={() => setDialog('sign')}>
                <Icon name="pencil" size="sm" className="icon-white me-1" />
                {t('agreement.actions.sign', { role: t(`signerRoles.${a.canSignAs}`) })}
              </button>
            )}
            <a className="btn btn-outline-primary" href={downloads.agreementPdf(a.id)} download={`accordo-lavoro-agile-${a.matricola}.pdf`}>
              <Icon name="download" size="sm" className="icon-primary me-1" />
              {t('agreement.actions.pdf')}
            </a>
            {allowed.edit && !editing && (
              <button type="button" className="btn btn-outline-primary" onClick={() => setEditing(true)}>
                {t('agreement.actions.edit')}
              </button>
            )}
            {allowed.withdraw && (
              <button type="button" className="btn btn-outline-danger" onClick={() => setDialog('withdraw')}>
                {t('agreement.actions.withdraw')}
              </button>
            )}
            {allowed.revoke && (
              <button type="button" className="btn btn-outline-danger" onClick={() => setDialog('revoke')}>
                {t('agreement.actions.revoke')}
              </button>
            )}
            {allowed.reactivate && (
              <button type="button" className="btn btn-outline-primary" onClick={() => setDialog('reactivate')}>
                {t('agreement.actions.reactivate')}
              </button>
            )}
          </div>

          {a.termination && (
            <div className="alert alert-warning" role="note">
              {t(`agreement.termination.${a.termination.kind}`, { date: format.date(a.termination.date) })}
              {a.termination.reason && <span className="d-block">{t('timeline.reason', { reason: a.termination.reason })}</span>}
            </div>
          )}

          {editing ? (
            <section className="card shadow-sm mb-4 page-section" aria-labelledby="agreement-edit-title">
              <div className="card-body">
                <h2 id="agreement-edit-title" ref={editHeading} tabIndex={-1} className="h4 mb-3">
                  {t('agreement.edit.title')}
                </h2>
                <AgreementEditForm agreement={a} regulation={regulation} onCancel={() => setEditing(false)} onSaved={() => void after(t('agreement.edit.saved'))} />
              </div>
            </section>
          ) : (
            <Section id="terms" title={t('agreement.termsTitle')}>
              <AgreementTerms agreement={a} annexes={annexes.data} />
            </Section>
          )}

          <div className="row">
            <div className="col-12 col-lg-6">
              <SignaturesSection agreement={a} />
              {a.status === 'active' && a.inactiveSince && (
                <Section id="activity" title={t('agreement.activityTitle')}>
                  <DetailList items={[[t('agreement.inactiveSince'), format.date(a.inactiveSince)]]} />
                </Section>
              )}
            </div>
            <div className="col-12 col-lg-6">
              <TimelineSection timeline={a.timeline} />
            </div>
          </div>

          {dialog === 'sign' && <SignDialog agreement={a} onClose={() => setDialog(null)} onDone={(s) => void after(s.status === 'signed' ? t('agreement.sign.doneAll', { date: format.date(s.startDate) }) : t('agreement.sign.done'))} />}
          {dialog === 'withdraw' && (
            <WithdrawalDialog
              agreement={a}
              regulation={regulation}
              asEmployee={allowed.isEmployee}
              onClose={() => setDialog(null)}
              onDone={(w) => void after(t('agreement.withdraw.done', { date: format.date(w.termination?.date) }))}
            />
          )}
          {dialog === 'revoke' && <RevocationDialog agreement={a} regulation={regulation} onClose={() => setDialog(null)} onDone={() => void after(t('agreement.revoke.done'))} />}
          {dialog === 'reactivate' && (
            <ReactivationDialog
              agreement={a}
              onClose={() => setDialog(null)}
              onDone={(created) => {
                setDialog(null);
                navigate(`/accordi/${created.id}`);
              }}
            />
          )}
        </>
      )}
    </Page>
  );
}
