import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import type { Extension } from '../../../api/types';
import { FilterButtons } from '../../../components/FilterButtons';
import { Loading } from '../../../components/Loading';
import { Page } from '../../../components/Page';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useAsync } from '../../../hooks/useAsync';
import { ReasonDialog } from '../common/ReasonDialog';
import { ExtensionCard } from './ExtensionCard';
import { OutcomeAlert } from '../../../components/OutcomeAlert';

const FILTERS = ['requested', 'approved', 'refused'] as const;
type Filter = (typeof FILTERS)[number];

/** Art. 7.2–7.4 — the extensions of the director's directorate (all of them for HR), to authorize or refuse with a reason. */
export function ExtensionsPage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<Filter>('requested');
  const [dialog, setDialog] = useState<{ kind: 'approve' | 'refuse'; extension: Extension } | null>(null);
  const [outcome, setOutcome] = useState('');
  const list = useAsync(() => api.extensions.list({ status: filter }), [filter]);


  const done = (text: string) => {
    setDialog(null);
    setOutcome(text);
    list.reload();
  };

  return (
    <Page title={t('extensions.title')} trail={[]} lead={t('extensions.lead')}>
      <FilterButtons
        label={t('extensions.filterLabel')}
        value={filter}
        onChange={(v) => setFilter(v as Filter)}
        options={FILTERS.map((f) => ({ value: f, label: t(`extensions.filters.${f}`) }))}
      />
      <OutcomeAlert text={outcome} />
      <ProblemAlert error={list.error} />
      {list.loading && !list.data && <Loading />}
      {list.data && list.data.length === 0 && <p>{t('extensions.noneHere')}</p>}
      {list.data?.map((e) => (
        <ExtensionCard key={e.id} extension={e} onApprove={() => setDialog({ kind: 'approve', extension: e })} onRefuse={() => setDialog({ kind: 'refuse', extension: e })} />
      ))}
      {dialog && (
        <ReasonDialog
          title={t(dialog.kind === 'approve' ? 'extensions.decide.approveTitle' : 'extensions.decide.refuseTitle', { name: dialog.extension.employeeName })}
          label={t(dialog.kind === 'approve' ? 'extensions.decide.note' : 'extensions.decide.reason')}
          submitLabel={t(dialog.kind === 'approve' ? 'extensions.decide.approve' : 'extensions.decide.refuse')}
          required={dialog.kind === 'refuse'}
          variant={dialog.kind === 'approve' ? 'primary' : 'danger'}
          onSubmit={(reason) => api.extensions.decide(dialog.extension.id, { decision: dialog.kind, reason: reason.trim() || null })}
          onClose={() => setDialog(null)}
          onDone={(e) => done(t(e.status === 'approved' ? 'extensions.decide.approved' : 'extensions.decide.refused', { name: e.employeeName }))}
        />
      )}
    </Page>
  );
}
