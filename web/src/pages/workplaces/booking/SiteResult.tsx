import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Site } from '../../../api/types';
import { useFormat } from '../../../hooks/useFormat';
import { SiteKindBadge } from '../common/SiteKindBadge';

/**
 * One site of the search: kind, distance, address, free desks of the day, and the button that
 * opens the choice of desk. A place of agile work (art. 15.4) needs an approved agile day.
 */
export function SiteResult({ site, agileDayApproved, alreadyBooked, onBook }: { site: Site; agileDayApproved: boolean; alreadyBooked: boolean; onBook(site: Site): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const free = site.freeDesks ?? 0;
  const needsAgileDay = site.agileWorkPlace && !agileDayApproved;
  const reason = alreadyBooked ? t('booking.oneDeskADay') : site.open === false ? t('booking.closed') : free === 0 ? t('booking.full') : needsAgileDay ? t('booking.needsAgileDay') : null;
  const headingId = `site-${site.id}`;
  return (
    <li className="site-result border rounded shadow-sm mb-3" aria-labelledby={headingId}>
      <div className="p-3 d-flex flex-column flex-md-row gap-3 justify-content-between">
        <div>
          <h3 id={headingId} className="h5 mb-1">
            <Link to={`/postazioni/sedi/${site.id}`}>{site.name}</Link>
          </h3>
          <p className="mb-1">
            <SiteKindBadge site={site} />
            {site.distanceKm !== null && <span className="ms-2">{t('booking.distance', { km: format.number(site.distanceKm) })}</span>}
          </p>
          <p className="mb-1 small">
            {site.address}
            {site.municipio !== null && ` · ${t('booking.municipio', { n: site.municipio })}`} · {t('booking.hours', { opens: site.opens, closes: site.closes })}
          </p>
          <p className="mb-0 small">
            {site.accessible && <span className="me-3">{t('booking.accessible')}</span>}
            {site.privateRoom && <span>{t('booking.privateRoom')}</span>}
          </p>
        </div>
        <div className="text-md-end site-result-action">
          <p className="mb-2 fw-semibold" aria-live="polite">
            {site.open === false ? t('booking.closedShort') : t('booking.freeDesks', { count: free })}
          </p>
          <button type="button" className="btn btn-primary" disabled={reason !== null} aria-describedby={reason ? `${headingId}-why` : undefined} onClick={() => onBook(site)}>
            {t('booking.book')}
            <span className="visually-hidden"> {site.name}</span>
          </button>
          {reason && (
            <p id={`${headingId}-why`} className="small mt-2 mb-0 site-result-why">
              {reason}
            </p>
          )}
        </div>
      </div>
    </li>
  );
}
