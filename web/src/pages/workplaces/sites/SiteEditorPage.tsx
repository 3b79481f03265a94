import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api } from '../../../api/client';
import type { Desk } from '../../../api/types';
import { DataTable } from '../../../components/DataTable';
import { Loading } from '../../../components/Loading';
import { Page } from '../../../components/Page';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { Section } from '../../../components/Section';
import { StatusMessage } from '../../../components/StatusMessage';
import { useAsync } from '../../../hooks/useAsync';
import { DeskForm } from './DeskForm';
import { QrCodes } from './QrCodes';
import { SiteForm } from './SiteForm';

/** One site: its record, its desks (added, changed, taken out of booking) and the QR codes for the check-in. */
export function SiteEditorPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const isNew = !id || id === 'nuova';
  const site = useAsync((signal) => (isNew ? Promise.resolve(undefined) : api.sites.get(id, signal)), [id]);
  const desks = useAsync((signal) => (isNew ? Promise.resolve([]) : api.sites.desks(id, signal)), [id]);
  const [editing, setEditing] = useState<Desk | null>(null);
  const [saved, setSaved] = useState('');
  const [showQr, setShowQr] = useState(false);

  const trail = [{ label: t('sites.title'), to: '/sedi' }];
  if (isNew)
    return (
      <Page title={t('sites.new')} trail={trail}>
        <Section id="site-form" title={t('sites.record')}>
          <SiteForm onSaved={(s) => navigate(`/sedi/${s.id}`, { replace: true })} />
        </Section>
      </Page>
    );

  return (
    <Page title={site.data?.name ?? t('sites.title')} trail={trail}>
      <ProblemAlert error={site.error} />
      {site.loading && !site.data && <Loading />}
      <StatusMessage className={saved ? 'alert alert-success' : ''}>{saved}</StatusMessage>
      {site.data && (
        <>
          <p>
            <Link to={`/postazioni/sedi/${site.data.id}`}>{t('sites.toWeek')}</Link>
          </p>
          <Section id="site-desks" title={t('desks.title', { count: desks.data?.length ?? 0 })} actions={<button type="button" className="btn btn-outline-primary btn-sm" onClick={() => setShowQr(!showQr)} aria-expanded={showQr}>{t(showQr ? 'desks.hideQr' : 'desks.showQr')}</button>}>
            <ProblemAlert error={desks.error} />
            {showQr && desks.data && <QrCodes siteName={site.data.name} desks={desks.data} />}
            {desks.data && !showQr && (
              <DataTable
                caption={t('desks.caption', { site: site.data.name })}
                captionHidden
                rows={desks.data}
                rowKey={(d) => d.id}
                empty={t('desks.none')}
                columns={[
                  { key: 'label', header: t('desks.label'), render: (d) => d.label },
                  { key: 'where', header: t('desks.where'), render: (d) => [d.floor, d.room].filter(Boolean).join(' · ') },
                  { key: 'equipment', header: t('desks.equipment'), className: 'd-none d-md-table-cell', render: (d) => d.equipment.join(', ') },
                  { key: 'bookable', header: t('desks.bookable'), render: (d) => t(d.bookable ? 'common.yes' : 'common.no') },
                  { key: 'code', header: t('desks.checkInCode'), className: 'd-none d-lg-table-cell', render: (d) => d.checkInCode && <code>{d.checkInCode}</code> },
                  {
                    key: 'actions',
                    header: t('common.actions'),
                    render: (d) => (
                      <button type="button" className="btn btn-outline-primary btn-xs" onClick={() => setEditing(d)} aria-label={t('desks.editOf', { desk: d.label })}>
                        {t('common.edit')}
                      </button>
                    ),
                  },
                ]}
              />
            )}
            <h3 className="h5 mt-4">{editing ? t('desks.editTitle', { desk: editing.label }) : t('desks.addTitle')}</h3>
            <DeskForm
              key={editing?.id ?? 'new'}
              siteId={site.data.id}
              desk={editing ?? undefined}
              onCancel={editing ? () => setEditing(null) : undefined}
              onSaved={(d) => {
                setSaved(t(editing ? 'desks.saved' : 'desks.added', { desk: d.label }));
                setEditing(null);
                desks.reload();
                site.reload();
              }}
            />
          </Section>
          <Section id="site-form" title={t('sites.record')}>
            <SiteForm
              key={site.data.id}
              site={site.data}
              onSaved={(s) => {
                setSaved(t('sites.saved', { site: s.name }));
                site.set(s);
              }}
            />
          </Section>
        </>
      )}
    </Page>
  );
}
