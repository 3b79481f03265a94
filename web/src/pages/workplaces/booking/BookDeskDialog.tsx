import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { ApiError } from '../../../api/http';
import type { Booking, Site } from '../../../api/types';
import { Dialog, DialogActions } from '../../../components/Dialog';
import { Loading } from '../../../components/Loading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useAsync } from '../../../hooks/useAsync';
import { useSubmit } from '../../../hooks/useSubmit';
import { useDayNames } from '../../agile-days/common/useDayNames';

/**
 * The second click: the free desks of the site on that day, the first already chosen. A desk
 * someone took meanwhile is refused (DESK_TAKEN) and the list is read again.
 */
export function BookDeskDialog({ site, date, deskId, onClose, onDone }: { site: Pick<Site, 'id' | 'name' | 'agileWorkPlace'>; date: string; deskId?: string; onClose(): void; onDone(b: Booking): void }) {
  const { t } = useTranslation();
  const names = useDayNames();
  const submit = useSubmit();
  const state = useAsync(async (signal) => {
    const [availability, desks] = await Promise.all([api.sites.availability(site.id, date, date, signal), api.sites.desks(site.id, signal)]);
    const details = new Map(desks.map((d) => [d.id, d]));
    return availability.desks.filter((d) => d.bookable).map((d) => ({ ...d, taken: d.days[0]?.taken ?? true, detail: details.get(d.id) }));
  }, [site.id, date]);
  const free = (state.data ?? []).filter((d) => !d.taken);
  const [chosen, setChosen] = useState(deskId ?? '');
  const selected = chosen && free.some((d) => d.id === chosen) ? chosen : free[0]?.id ?? '';

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!selected) return;
    const booking = await submit.run(() => api.bookings.book(selected, date));
    if (booking) onDone(booking);
    else state.reload();
  }
  const taken = submit.error instanceof ApiError && submit.error.code === 'DESK_TAKEN';

  return (
    <Dialog
      title={t('booking.dialog.title', { site: site.name, day: names.long(date) })}
      onClose={onClose}
      onSubmit={save}
      actions={<DialogActions busy={submit.busy} label={t('booking.dialog.confirm')} onCancel={onClose} />}
    >
      <ProblemAlert error={submit.error} title={taken ? t('booking.dialog.takenTitle') : undefined} />
      <p>{t(site.agileWorkPlace ? 'booking.dialog.agileLead' : 'booking.dialog.presenceLead')}</p>
      {state.loading && !state.data && <Loading />}
      <ProblemAlert error={state.error} />
      {state.data && free.length === 0 && <p className="fw-semibold">{t('booking.full')}</p>}
      {free.length > 0 && (
        <fieldset className="desk-choice">
          <legend className="h6">{t('booking.dialog.desk')}</legend>
          {free.map((d) => (
            <div key={d.id} className="form-check">
              <input id={`desk-${d.id}`} type="radio" name="desk" value={d.id} checked={selected === d.id} onChange={() => setChosen(d.id)} />
              <label htmlFor={`desk-${d.id}`}>
                {t('booking.dialog.deskLabel', { label: d.label })}
                {d.detail && (d.detail.floor || d.detail.room) && <span className="ms-1">· {[d.detail.floor, d.detail.room].filter(Boolean).join(' · ')}</span>}
                {d.detail && d.detail.equipment.length > 0 && <small className="d-block text-muted">{d.detail.equipment.join(', ')}</small>}
              </label>
            </div>
          ))}
        </fieldset>
      )}
    </Dialog>
  );
}
