import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../../../api/client';
import { SITE_KINDS } from '../../../api/enums';
import { DataTable } from '../../../components/DataTable';
import { FilterButtons } from '../../../components/FilterButtons';
import { Loading } from '../../../components/Loading';
import { Page } from '../../../components/Page';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useAsync } from '../../../hooks/useAsync';
import { SiteKindBadge } from '../common/SiteKindBadge';

/**
 * The sites and their desks (POLA § 4.2): Facilities keep the municipal ones (actions 2.1.x), HR
 * and economic development the companies and coworking spaces under convention (actions 2.2.x).
 */
export function SitesAdminPage() {
  const { t } = useTranslation();
  const [kind, setKind] = useState('all');
  const sites = useAsync((signal) => api.sites.list({ includeInactive: 'true' }, signal), []);
  const rows = (sites.data ?? []).filter((s) => kind === 'all' || s.kind === kind);
  const count = (k: string) => (sites.data ?? []).filter((s) => k === 'all' || s.kind === k).length;

  return (
    <Page title={t('sites.title')} trail={[]} lead={t('sites.lead')}>
      <p>
        <Link to="/sedi/nuova" className="btn btn-primary">
          {t('sites.new')}
        </Link>
      </p>
      <FilterButtons
        label={t('sites.kind')}
        selectId="sites-kind"
        value={kind}
        onChange={setKind}
        options={[{ value: 'all', label: t('sites.allKinds'), count: count('all') }, ...SITE_KINDS.map((k) => ({ value: k, label: t(`siteKinds.${k}`), count: count(k) }))]}
      />
      <ProblemAlert error={sites.error} />
      {sites.loading && !sites.data && <Loading />}
      {sites.data && (
        <DataTable
          caption={t('sites.caption')}
          captionHidden
          rows={rows}
          rowKey={(s) => s.id}
          empty={t('sites.none')}
          columns={[
            { key: 'name', header: t('sites.name'), render: (s) => <Link to={`/sedi/${s.id}`}>{s.name}</Link> },
            { key: 'kind', header: t('sites.kind'), render: (s) => <SiteKindBadge site={s} /> },
            { key: 'municipality', header: t('sites.municipality'), className: 'd-none d-md-table-cell', render: (s) => `${s.municipality}${s.municipio !== null ? ` · ${t('booking.municipio', { n: s.municipio })}` : ''}` },
            { key: 'desks', header: t('sites.bookableDesks'), className: 'text-end', render: (s) => t('sites.deskCount', { bookable: s.bookableDesks, total: s.desks }) },
            { key: 'active', header: t('sites.state'), render: (s) => (s.active ? t('sites.activeState') : <strong>{t('sites.inactiveState')}</strong>) },
          ]}
        />
      )}
    </Page>
  );
}
