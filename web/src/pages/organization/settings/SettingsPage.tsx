import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { DetailList } from '../../../components/DetailList';
import { Icon } from '../../../components/Icon';
import { Loading } from '../../../components/Loading';
import { Page } from '../../../components/Page';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { Section } from '../../../components/Section';
import { StatusMessage } from '../../../components/StatusMessage';
import { useAsync } from '../../../hooks/useAsync';
import { useFormat } from '../../../hooks/useFormat';
import { can } from '../../../session/roles';
import { useMe } from '../../../session/SessionContext';
import { RegulationTable } from './RegulationTable';
import { SettingsForm } from './SettingsForm';
import { SettingsTabs } from './SettingsTabs';

/** The organization and its regulation: everyone reads it, HR and admin change it. */
export function SettingsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const format = useFormat();
  const organization = useAsync(() => api.organization.get(), []);
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState('');
  const editable = can(me, 'settingsWrite');
  const data = organization.data;

  return (
    <Page title={editable ? t('settings.title') : t('settings.titleReadOnly')} trail={[]} lead={t('settings.lead')}>
      <SettingsTabs />
      <ProblemAlert error={organization.error} />
      {organization.loading && !data && <Loading />}
      <StatusMessage className="mb-2">{status}</StatusMessage>
      {data && editing && (
        <Section id="settings-edit" title={t('settings.editTitle')}>
          <SettingsForm
            organization={data}
            onCancel={() => setEditing(false)}
            onSaved={(saved) => {
              organization.set(saved);
              setEditing(false);
              setStatus(t('settings.saved'));
            }}
          />
        </Section>
      )}
      {data && !editing && (
        <>
          {editable && (
            <div className="mb-3">
              <button type="button" className="btn btn-outline-primary" onClick={() => setEditing(true)}>
                <Icon name="pencil" size="sm" className="icon-primary me-1" />
                {t('settings.edit')}
              </button>
            </div>
          )}
          <Section id="organization" title={t('settings.organizationData')}>
            <DetailList
              items={[
                [t('settings.name'), data.name],
                [t('settings.type'), t(`organizationTypes.${data.type}`)],
                [t('settings.fiscalCode'), <span className="font-monospace">{data.fiscalCode}</span>],
                [t('settings.patronDayView'), format.dayOfYear(data.patronDay)],
              ]}
            />
          </Section>
          <Section id="regulation" title={t('settings.regulationTitle')}>
            <RegulationTable organization={data} />
          </Section>
        </>
      )}
    </Page>
  );
}
