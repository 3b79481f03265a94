import { useTranslation } from 'react-i18next';
import type { Site } from '../../../api/types';
import { DetailList } from '../../../components/DetailList';
import { useFormat } from '../../../hooks/useFormat';
import { SiteKindBadge } from '../common/SiteKindBadge';
import { useOpeningDays } from '../common/useOpeningDays';

/** What an employee wants to know before going: where, when, access, accessibility, the convention (actions 2.1.3, 2.2.x; art. 18.4). */
export function SiteDetails({ site }: { site: Site }) {
  const { t } = useTranslation();
  const format = useFormat();
  const openingDays = useOpeningDays();
  const yesNo = (b: boolean) => t(b ? 'common.yes' : 'common.no');
  return (
    <DetailList
      items={[
        [t('sites.kind'), <SiteKindBadge key="k" site={site} />],
        [t('sites.address'), `${site.address}${site.municipio !== null ? ` · ${t('booking.municipio', { n: site.municipio })}` : ''}`],
        [t('sites.opening'), `${openingDays(site.openingDays)} · ${site.opens}–${site.closes}`],
        [t('sites.bookableDesks'), t('sites.deskCount', { bookable: site.bookableDesks, total: site.desks })],
        [t('sites.accessible'), `${yesNo(site.accessible)}${site.accessibilityNotes ? ` — ${site.accessibilityNotes}` : ''}`],
        [t('sites.privateRoom'), yesNo(site.privateRoom)],
        [t('sites.badgeAccess'), yesNo(site.badgeAccess)],
        [t('sites.accessProtocol'), site.accessProtocol],
        [t('sites.contact'), site.contact],
        ...(site.convention
          ? ([[t('sites.convention'), t('sites.conventionText', { reference: site.convention.reference, from: format.date(site.convention.from), to: site.convention.to ? format.date(site.convention.to) : t('sites.openEnded') })]] as [string, string][])
          : []),
      ]}
    />
  );
}
