import { useTranslation } from 'react-i18next';
import type { Site } from '../../../api/types';

/**
 * The kind of a site, and on the sites outside the organization's premises that a booking there
 * stands on an agile day (art. 15.4).
 */
export function SiteKindBadge({ site }: { site: Pick<Site, 'kind' | 'agileWorkPlace'> }) {
  const { t } = useTranslation();
  return (
    <span className={`badge status-badge ${site.agileWorkPlace ? 'bg-primary' : 'bg-success'}`}>
      {t(`siteKinds.${site.kind}`)}
      <span className="visually-hidden"> — {t(site.agileWorkPlace ? 'workplaces.agilePlace' : 'workplaces.presencePlace')}</span>
    </span>
  );
}
