import { useTranslation } from 'react-i18next';
import type { Extension } from '../../../api/types';
import { useFormat } from '../../../hooks/useFormat';
import { ExtensionSummary } from '../common/ExtensionSummary';
import { ExtensionStatusBadge } from '../common/RequestStatusBadges';

/** One extension as the director reads it: who, criterion, period, days, the protected circumstance, the decision. */
export function ExtensionCard({ extension: e, onApprove, onRefuse }: { extension: Extension; onApprove(): void; onRefuse(): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = `extension-${e.id}`;
  return (
    <article className="card shadow-sm mb-3 extension-card" aria-labelledby={headingId}>
      <div className="card-body">
        <div className="d-flex flex-wrap justify-content-between align-items-start gap-2 mb-2">
          <div>
            <h3 id={headingId} className="h5 mb-1">
              {e.employeeName}
            </h3>
            <small className="text-muted">
              {t('extensions.requestedAt', { date: format.date(e.requestedAt) })}
              {e.proposedByHr && ` · ${t('extensions.proposedByHr')}`}
            </small>
          </div>
          <ExtensionStatusBadge status={e.status} />
        </div>
        <p className="mb-2">
          <ExtensionSummary extension={e} />
        </p>
        {e.note !== null && (
          <div className="protected-note mb-2">
            <span className="badge bg-dark me-2">{t('extensions.form.protected')}</span>
            {e.note}
          </div>
        )}
        {e.decision?.reason && <p className="mb-2">{t('extensions.reason', { reason: e.decision.reason })}</p>}
        {e.status === 'requested' && (
          <div className="d-flex flex-wrap gap-2">
            <button type="button" className="btn btn-primary btn-sm" onClick={onApprove} aria-label={t('extensions.decide.approveOf', { name: e.employeeName })}>
              {t('extensions.decide.approve')}
            </button>
            <button type="button" className="btn btn-outline-danger btn-sm" onClick={onRefuse} aria-label={t('extensions.decide.refuseOf', { name: e.employeeName })}>
              {t('extensions.decide.refuse')}
            </button>
          </div>
        )}
      </div>
    </article>
  );
}
