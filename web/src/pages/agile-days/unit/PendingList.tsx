import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgileDay } from '../../../api/types';
import { useDayNames } from '../common/useDayNames';

/**
 * Art. 10.1 — the requests waiting for the manager, oldest date first: each can be approved or
 * rejected on its own, or several at once with the checkboxes. Late exceptional requests show
 * their reason and are decided one by one.
 */
export function PendingList({ days, decides, busy, onApprove, onReject }: {
  days: AgileDay[];
  decides: boolean;
  busy: boolean;
  onApprove(days: AgileDay[]): void;
  onReject(days: AgileDay[]): void;
}) {
  const { t } = useTranslation();
  const names = useDayNames();
  const [selected, setSelected] = useState<string[]>([]);
  const chosen = days.filter((d) => selected.includes(d.id));
  const all = days.length > 0 && chosen.length === days.length;
  const toggle = (id: string, on: boolean) => setSelected(on ? [...selected, id] : selected.filter((x) => x !== id));

  if (days.length === 0) return <p className="mb-0">{t('unitCalendar.pending.none')}</p>;
  return (
    <>
      {decides && (
        <div className="d-flex flex-wrap align-items-center gap-2 mb-3 bulk-bar" role="group" aria-label={t('unitCalendar.pending.bulkLabel')}>
          <div className="form-check mb-0 me-2">
            <input id="pending-all" type="checkbox" checked={all} onChange={(e) => setSelected(e.target.checked ? days.map((d) => d.id) : [])} />
            <label htmlFor="pending-all">{t('unitCalendar.pending.selectAll')}</label>
          </div>
          <button type="button" className="btn btn-primary btn-sm" disabled={busy || chosen.length === 0} onClick={() => onApprove(chosen)}>
            {t('unitCalendar.pending.approveSelected', { count: chosen.length })}
          </button>
          <button type="button" className="btn btn-outline-danger btn-sm" disabled={busy || chosen.length === 0} onClick={() => onReject(chosen)}>
            {t('unitCalendar.pending.rejectSelected', { count: chosen.length })}
          </button>
        </div>
      )}
      <ul className="list-unstyled pending-list mb-0">
        {days.map((d) => {
          const label = t('unitCalendar.pending.itemLabel', { name: d.employeeName, day: names.long(d.date) });
          return (
            <li key={d.id} className="pending-item">
              <div className="d-flex flex-wrap align-items-start gap-2">
                {decides && (
                  <div className="form-check mb-0">
                    <input id={`pending-${d.id}`} type="checkbox" checked={selected.includes(d.id)} onChange={(e) => toggle(d.id, e.target.checked)} />
                    <label htmlFor={`pending-${d.id}`}>
                      <span className="visually-hidden">{t('unitCalendar.pending.select', { label })}</span>
                    </label>
                  </div>
                )}
                <div className="flex-grow-1">
                  <strong>{d.employeeName}</strong> · {names.long(d.date)}
                  {d.exceptional && <span className="badge bg-warning status-badge ms-2">{t('unitCalendar.pending.exceptional')}</span>}
                  <p className="mb-1 small">{t('unitCalendar.pending.activities', { text: d.activities })}</p>
                  {d.reason && <p className="mb-1 small">{t('unitCalendar.pending.reason', { text: d.reason })}</p>}
                </div>
                {decides && (
                  <div className="d-flex gap-2">
                    <button type="button" className="btn btn-primary btn-sm" disabled={busy} onClick={() => onApprove([d])} aria-label={t('unitCalendar.pending.approveOf', { label })}>
                      {t('unitCalendar.pending.approve')}
                    </button>
                    <button type="button" className="btn btn-outline-danger btn-sm" disabled={busy} onClick={() => onReject([d])} aria-label={t('unitCalendar.pending.rejectOf', { label })}>
                      {t('unitCalendar.pending.reject')}
                    </button>
                  </div>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </>
  );
}
