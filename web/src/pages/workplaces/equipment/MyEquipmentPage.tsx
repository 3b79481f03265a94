import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, downloads } from '../../../api/client';
import type { Equipment } from '../../../api/types';
import { Loading } from '../../../components/Loading';
import { Page } from '../../../components/Page';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { Section } from '../../../components/Section';
import { StatusMessage } from '../../../components/StatusMessage';
import { useAsync } from '../../../hooks/useAsync';
import { useFormat } from '../../../hooks/useFormat';
import { useSubmit } from '../../../hooks/useSubmit';
import { useMe } from '../../../session/SessionContext';
import { OwnDevicesForm } from './OwnDevicesForm';

/** "Le mie dotazioni" (art. 14): what the organization gave me, each receipt to read and acknowledge, and my own devices. */
export function MyEquipmentPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const employeeId = me.user.employeeId!;
  const list = useAsync((signal) => api.equipment.list({ employeeId }, signal), [employeeId]);
  const acknowledge = useSubmit();
  const [message, setMessage] = useState('');

  async function confirm(item: Equipment) {
    if (!item.assignment) return;
    const done = await acknowledge.run(() => api.equipment.acknowledge(item.assignment!.id));
    if (done) {
      setMessage(t('myEquipment.acknowledgedOf', { item: `${t(`equipmentTypes.${done.type}`)} ${done.model}` }));
      list.reload();
    }
  }

  return (
    <Page title={t('myEquipment.title')} trail={[{ label: t('nav.myAgileWork'), to: '/lavoro-agile' }]} lead={t('myEquipment.lead')}>
      <Section id="my-equipment" title={t('myEquipment.assigned')}>
        <ProblemAlert error={list.error ?? acknowledge.error} />
        <StatusMessage className={message ? 'alert alert-success' : ''}>{message}</StatusMessage>
        {list.loading && !list.data && <Loading />}
        {list.data && list.data.length === 0 && <p className="mb-0">{t('myEquipment.none')}</p>}
        {list.data && list.data.length > 0 && (
          <ul className="list-unstyled mb-0">
            {list.data.map((e) => (
              <li key={e.id} className="d-flex flex-wrap justify-content-between align-items-center gap-2 py-2 border-bottom">
                <div>
                  <strong className="d-block">
                    {t(`equipmentTypes.${e.type}`)} {e.model}
                  </strong>
                  <small>
                    {t('myEquipment.tag', { tag: e.assetTag })}
                    {e.assignment && ` · ${t('equipment.since', { date: format.date(e.assignment.from) })}`}
                    {e.assignment?.acknowledgedAt && ` · ${t('myEquipment.acknowledgedAt', { at: format.dateTime(e.assignment.acknowledgedAt) })}`}
                  </small>
                </div>
                {e.assignment && (
                  <div className="d-flex gap-2">
                    <a className="btn btn-outline-primary btn-sm" href={downloads.receipt(e.assignment.id)} target="_blank" rel="noreferrer">
                      {t('equipment.receipt')}
                      <span className="visually-hidden"> {e.assetTag}</span>
                    </a>
                    {!e.assignment.acknowledgedAt && (
                      <button type="button" className="btn btn-primary btn-sm" disabled={acknowledge.busy} onClick={() => confirm(e)}>
                        {t('myEquipment.acknowledge')}
                        <span className="visually-hidden"> {e.assetTag}</span>
                      </button>
                    )}
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section id="own-devices" title={t('ownDevices.title')}>
        <OwnDevicesForm employeeId={employeeId} />
      </Section>
    </Page>
  );
}
