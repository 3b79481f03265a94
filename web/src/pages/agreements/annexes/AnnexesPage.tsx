import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { Loading } from '../../../components/Loading';
import { Page } from '../../../components/Page';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useAsync } from '../../../hooks/useAsync';
import { SettingsTabs } from '../../organization/settings/SettingsTabs';
import { AnnexForm } from './AnnexForm';

/** "Allegati all'accordo" (art. 8.1, 16–18): HR writes the two notices every agreement and its PDF carry. */
export function AnnexesPage() {
  const { t } = useTranslation();
  const annexes = useAsync(() => api.annexes.list(), []);
  return (
    <Page title={t('annexes.pageTitle')} trail={[{ label: t('nav.settings'), to: '/impostazioni' }]} lead={t('annexes.lead')}>
      <SettingsTabs />
      <ProblemAlert error={annexes.error} />
      {annexes.loading && !annexes.data && <Loading />}
      {annexes.data?.map((annex, i) => (
        <AnnexForm key={annex.kind} annex={annex} number={i + 1} onSaved={annexes.set} />
      ))}
    </Page>
  );
}
