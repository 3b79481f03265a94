import { useTranslation } from 'react-i18next';
import type { AgileDayStatus } from '../../../api/types';

const TONES: Record<AgileDayStatus, string> = {
  pending: 'bg-warning',
  approved: 'bg-success',
  rejected: 'bg-danger',
  revoked: 'bg-dark',
  cancelled: 'bg-secondary',
};

/** A symbol for each state, so a state reads without colour (and in the dense unit grid). */
export const DAY_SYMBOLS: Record<AgileDayStatus, string> = {
  pending: '?',
  approved: '✓',
  rejected: '✕',
  revoked: '↺',
  cancelled: '–',
};

/** The state of an agile day in words, with its symbol; a revoked day adds that it can be used again (art. 10.2). */
export function DayStatusBadge({ status, recoverable }: { status: AgileDayStatus; recoverable?: boolean }) {
  const { t } = useTranslation();
  return (
    <span className={`badge status-badge day-status ${TONES[status]}`}>
      <span aria-hidden="true" className="me-1">
        {DAY_SYMBOLS[status]}
      </span>
      {t(`dayStatuses.${status}`)}
      {status === 'revoked' && recoverable && ` — ${t('agileDays.recoverable')}`}
    </span>
  );
}
