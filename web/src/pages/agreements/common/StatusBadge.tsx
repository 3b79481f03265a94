import { useTranslation } from 'react-i18next';
import type { AgreementStatus, ApplicationStatus } from '../../../api/types';

const AGREEMENT_TONES: Record<AgreementStatus, string> = {
  draft: 'bg-secondary',
  awaiting_signatures: 'bg-warning',
  signed: 'bg-primary',
  active: 'bg-success',
  withdrawn: 'bg-dark',
  lapsed: 'bg-dark',
  revoked: 'bg-danger',
  expired: 'bg-dark',
};

const APPLICATION_TONES: Record<ApplicationStatus, string> = {
  submitted: 'bg-warning',
  approved: 'bg-success',
  refused: 'bg-danger',
};

/** The state of an agreement in words (colour only repeats what the words say). */
export function AgreementStatusBadge({ status }: { status: AgreementStatus }) {
  const { t } = useTranslation();
  return <span className={`badge status-badge ${AGREEMENT_TONES[status]}`}>{t(`agreementStatuses.${status}`)}</span>;
}

export function ApplicationStatusBadge({ status }: { status: ApplicationStatus }) {
  const { t } = useTranslation();
  return <span className={`badge status-badge ${APPLICATION_TONES[status]}`}>{t(`applicationStatuses.${status}`)}</span>;
}

/** Art. 3 — whether an activity can be done remotely. */
export function RemotableBadge({ remotable }: { remotable: boolean }) {
  const { t } = useTranslation();
  return (
    <span className={`badge status-badge ${remotable ? 'bg-success' : 'bg-secondary'}`}>{remotable ? t('activities.remotable') : t('activities.notRemotable')}</span>
  );
}
