import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import type { Webhook, WebhookCreated } from '../../../api/types';
import { DataTable } from '../../../components/DataTable';
import { Dialog, DialogActions } from '../../../components/Dialog';
import { Loading } from '../../../components/Loading';
import { Page } from '../../../components/Page';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { Section } from '../../../components/Section';
import { useAsync } from '../../../hooks/useAsync';
import { useFormat } from '../../../hooks/useFormat';
import { useSubmit } from '../../../hooks/useSubmit';
import { WebhookForm } from './WebhookForm';

/** The webhooks that tell other systems (attendance, calendars) of every change of an agile day, HMAC-SHA256 signed. */
export function WebhooksPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const list = useAsync(() => api.webhooks.list(), []);
  const [created, setCreated] = useState<WebhookCreated | null>(null);
  const [removing, setRemoving] = useState<Webhook | null>(null);
  const [removed, setRemoved] = useState('');
  const remove = useSubmit();
  const secretBox = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (created) secretBox.current?.focus();
  }, [created]);

  async function confirmRemove() {
    if (!removing) return;
    const ok = await remove.run(() => api.webhooks.remove(removing.id));
    if (ok) {
      setRemoved(t('webhooks.removed', { url: removing.url }));
      setRemoving(null);
      list.reload();
    }
  }

  return (
    <Page title={t('webhooks.title')} trail={[]} lead={t('webhooks.lead')}>
      {created && (
        <div ref={secretBox} tabIndex={-1} role="status" className="alert alert-warning webhook-secret">
          <strong className="d-block">{t('webhooks.createdTitle', { url: created.url })}</strong>
          <p className="mb-1">{t('webhooks.secretOnce')}</p>
          <code className="d-block text-break user-select-all">{created.secret}</code>
        </div>
      )}
      {removed && !created && (
        <div role="status" className="alert alert-success">
          {removed}
        </div>
      )}
      <Section id="webhook-list" title={t('webhooks.listTitle')}>
        <ProblemAlert error={list.error} />
        {list.loading && !list.data && <Loading />}
        {list.data && (
          <DataTable
            caption={t('webhooks.listTitle')}
            captionHidden
            rows={list.data}
            rowKey={(w) => w.id}
            empty={t('webhooks.none')}
            columns={[
              { key: 'url', header: t('webhooks.url'), className: 'text-break', render: (w) => (<>{w.url}{w.description && <small className="d-block text-muted">{w.description}</small>}</>) },
              { key: 'created', header: t('webhooks.createdAt'), className: 'd-none d-md-table-cell', render: (w) => format.dateTime(w.createdAt) },
              {
                key: 'deliveries',
                header: t('webhooks.deliveries'),
                render: (w) => (
                  <>
                    {t('webhooks.deliveryCounts', { delivered: w.deliveries.delivered, pending: w.deliveries.pending, failed: w.deliveries.failed })}
                    {w.deliveries.lastError && <small className="d-block">{t('webhooks.lastError', { error: w.deliveries.lastError })}</small>}
                  </>
                ),
              },
              {
                key: 'actions',
                header: t('common.actions'),
                render: (w) => (
                  <button type="button" className="btn btn-outline-danger btn-xs" onClick={() => setRemoving(w)} aria-label={t('webhooks.removeOf', { url: w.url })}>
                    {t('webhooks.remove')}
                  </button>
                ),
              },
            ]}
          />
        )}
      </Section>
      <Section id="webhook-new" title={t('webhooks.newTitle')}>
        <WebhookForm
          onCreated={(w) => {
            setRemoved('');
            setCreated(w);
            list.reload();
          }}
        />
      </Section>
      {removing && (
        <Dialog
          title={t('webhooks.removeTitle')}
          onClose={() => setRemoving(null)}
          actions={<DialogActions busy={remove.busy} label={t('webhooks.remove')} onCancel={() => setRemoving(null)} onConfirm={confirmRemove} variant="danger" />}
        >
          <ProblemAlert error={remove.error} />
          <p className="mb-0 text-break">{t('webhooks.removeLead', { url: removing.url })}</p>
        </Dialog>
      )}
    </Page>
  );
}
