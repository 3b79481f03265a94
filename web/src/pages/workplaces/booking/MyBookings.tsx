import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../../../api/client';
import type { Booking } from '../../../api/types';
import { Dialog, DialogActions } from '../../../components/Dialog';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useSubmit } from '../../../hooks/useSubmit';
import { useDayNames } from '../../agile-days/common/useDayNames';
import { BookingStatusBadge } from '../common/BookingStatusBadge';

/**
 * My live bookings from today on (a cancelled one is told by a notification): cancel until the day starts, check in on arrival (POLA § 4.2: the
 * check-in only measures the occupancy of the desks — art. 14.6 forbids any remote control).
 */
export function MyBookings({ bookings, today, onChanged }: { bookings: Booking[]; today: string; onChanged(message: string): void }) {
  const { t } = useTranslation();
  const names = useDayNames();
  const [cancelling, setCancelling] = useState<Booking | null>(null);
  const cancel = useSubmit();
  const checkIn = useSubmit();

  async function confirmCancel() {
    if (!cancelling) return;
    const done = await cancel.run(() => api.bookings.cancel(cancelling.id));
    if (done) {
      setCancelling(null);
      onChanged(t('booking.mine.cancelled', { day: names.long(done.date), site: done.siteName }));
    }
  }
  async function arrive(b: Booking) {
    const done = await checkIn.run(() => api.bookings.checkIn(b.id));
    if (done) onChanged(t('booking.mine.checkedIn', { desk: done.deskLabel, site: done.siteName }));
  }

  if (bookings.length === 0) return <p className="mb-0">{t('booking.mine.none')}</p>;
  return (
    <>
      <ProblemAlert error={checkIn.error} />
      <ul className="list-unstyled mb-0 my-bookings">
        {bookings.map((b) => (
          <li key={b.id} className="my-booking d-flex flex-wrap justify-content-between align-items-center gap-2 py-2 border-bottom">
            <div>
              <span className="fw-semibold first-capital d-block">{names.long(b.date)}</span>
              <Link to={`/postazioni/sedi/${b.siteId}`}>{b.siteName}</Link> · {t('booking.dialog.deskLabel', { label: b.deskLabel })}{' '}
              <BookingStatusBadge status={b.status} />
              {b.cancellationReason && <small className="d-block">{b.cancellationReason}</small>}
            </div>
            {b.status === 'booked' && (
              <div className="d-flex gap-2">
                {b.date === today && (
                  <button type="button" className="btn btn-success btn-sm" disabled={checkIn.busy} onClick={() => arrive(b)}>
                    {t('booking.mine.checkIn')}
                    <span className="visually-hidden"> {b.siteName}</span>
                  </button>
                )}
                <button type="button" className="btn btn-outline-danger btn-sm" onClick={() => setCancelling(b)}>
                  {t('booking.mine.cancel')}
                  <span className="visually-hidden"> {names.long(b.date)}</span>
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
      {cancelling && (
        <Dialog
          title={t('booking.mine.cancelTitle', { day: names.long(cancelling.date) })}
          onClose={() => setCancelling(null)}
          actions={<DialogActions busy={cancel.busy} label={t('booking.mine.cancelConfirm')} onCancel={() => setCancelling(null)} onConfirm={confirmCancel} variant="danger" />}
        >
          <ProblemAlert error={cancel.error} />
          <p className="mb-0">{t('booking.mine.cancelLead', { site: cancelling.siteName, desk: cancelling.deskLabel })}</p>
        </Dialog>
      )}
    </>
  );
}
