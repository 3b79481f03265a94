import { useTranslation } from 'react-i18next';
import type { BookingStatus } from '../../../api/types';

const TONES: Record<BookingStatus, string> = { booked: 'bg-primary', checked_in: 'bg-success', cancelled: 'bg-secondary', no_show: 'bg-warning text-dark' };

export function BookingStatusBadge({ status }: { status: BookingStatus }) {
  const { t } = useTranslation();
  return <span className={`badge status-badge ${TONES[status]}`}>{t(`bookingStatuses.${status}`)}</span>;
}
