import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Application } from '../../../api/types';
import { DetailList } from '../../../components/DetailList';
import { useFormat } from '../../../hooks/useFormat';
import { ObjectivesTable } from '../common/ObjectivesTable';
import { ApplicationStatusBadge } from '../common/StatusBadge';

export type ApplicationAction = 'opinion' | 'approve' | 'refuse';

/** One application as the manager and the director read it: activities, plan, objectives, quota, opinion, decision. */
export function ApplicationCard({ application: a, directorateName, actions, onAction }: {
  application: Application;
  directorateName?: string;
  actions: ApplicationAction[];
  onAction(action: ApplicationAction): void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const opinion = a.managerOpinion
    ? `${t(`opinions.${a.managerOpinion.opinion}`)}${a.managerOpinion.note ? ` — ${a.managerOpinion.note}` : ''}`
    : t('requests.card.noOpinion');
  let decision = '';
  if (a.status === 'approved') decision = t('requests.card.approved', { date: format.date(a.decision?.at), count: a.decision?.monthlyQuota ?? 0 });
  if (a.status === 'refused') decision = t('requests.card.refused', { date: format.date(a.decision?.at), reason: a.decision?.reason ?? '' });
  const headingId = `application-${a.id}`;

  return (
    <article className="card shadow-sm mb-4 application-card" aria-labelledby={headingId}>
      <div className="card-body">
        <div className="d-flex flex-wrap justify-content-between align-items-start gap-2 mb-3">
          <div>
            <h3 id={headingId} className="h5 mb-1">
              {a.employeeName}
            </h3>
            <small className="text-muted">
              {t('requests.card.submitted', { date: format.date(a.submittedAt) })}
              {directorateName && ` · ${directorateName}`}
            </small>
          </div>
          <ApplicationStatusBadge status={a.status} />
        </div>
        <DetailList
          items={[
            [t('requests.card.activities'), a.activities.map((x) => x.name).join('; ')],
            [t('mapping.remotableShare'), t('units.percent', { count: a.remotableShare })],
            [t('requests.card.asked'), t('mapping.daysPerMonth', { count: a.requestedDaysPerMonth })],
            [
              t('requests.card.proposed'),
              <>
                {t('mapping.daysPerMonth', { count: a.proposedQuota })} <span className="badge article-badge ms-1">art. 7.4</span>
              </>,
            ],
            [t('requests.card.opinion'), opinion],
            ...(decision ? ([[t('requests.card.decision'), decision]] as [string, string][]) : []),
          ]}
        />
        <h4 className="h6 mt-3">{t('requests.card.plan')}</h4>
        <p className="application-plan">{a.plan}</p>
        <h4 className="h6">{t('requests.card.objectives')}</h4>
        <ObjectivesTable objectives={a.objectives} caption={t('requests.card.objectivesCaption', { name: a.employeeName })} />
        {(actions.length > 0 || a.agreementId) && (
          <div className="d-flex flex-wrap gap-2 mt-3">
            {actions.includes('opinion') && (
              <button type="button" className="btn btn-outline-primary" onClick={() => onAction('opinion')}>
                {a.managerOpinion ? t('requests.actions.changeOpinion') : t('requests.actions.opinion')}
              </button>
            )}
            {actions.includes('approve') && (
              <button type="button" className="btn btn-primary" onClick={() => onAction('approve')} aria-label={t('requests.actions.approveOf', { name: a.employeeName })}>
                {t('requests.actions.approve')}
              </button>
            )}
            {actions.includes('refuse') && (
              <button type="button" className="btn btn-outline-danger" onClick={() => onAction('refuse')} aria-label={t('requests.actions.refuseOf', { name: a.employeeName })}>
                {t('requests.actions.refuse')}
              </button>
            )}
            {a.agreementId && (
              <Link className="btn btn-outline-primary" to={`/accordi/${a.agreementId}`}>
                {t('requests.actions.openAgreement')}
              </Link>
            )}
          </div>
        )}
      </div>
    </article>
  );
}
