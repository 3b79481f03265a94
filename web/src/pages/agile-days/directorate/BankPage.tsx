import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import type { BankRequest } from '../../../api/types';
import { DetailList } from '../../../components/DetailList';
import { SelectField } from '../../../components/form/SelectField';
import { Loading } from '../../../components/Loading';
import { Page } from '../../../components/Page';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { Section } from '../../../components/Section';
import { useAsync } from '../../../hooks/useAsync';
import { useFormat } from '../../../hooks/useFormat';
import { useSubmit } from '../../../hooks/useSubmit';
import { useMe } from '../../../session/SessionContext';
import { MonthNav } from '../common/MonthNav';
import { ReasonDialog } from '../common/ReasonDialog';
import { useManagedUnits } from '../common/useManagedUnits';
import { useMonthParam } from '../common/useMonthParam';
import { BankRequests } from './BankRequests';
import { OutcomeAlert } from '../../../components/OutcomeAlert';

/**
 * Art. 7.8 — the directorate's day bank for a month: the days given and granted, the balance,
 * the requests; the director grants or refuses each, or lets the priority order (art. 7.2–7.3) share the balance.
 */
export function BankPage() {
  const { t } = useTranslation();
  const me = useMe();
  const format = useFormat();
  const managed = useManagedUnits(me);
  const [month, setMonth] = useMonthParam();
  const [chosen, setChosen] = useState('');
  const directorates = managed.data?.headed ?? [];
  const directorateId = chosen || (directorates.length === 1 ? directorates[0]!.id : '');
  const bank = useAsync((signal) => (directorateId ? api.bank.get(directorateId, month, signal) : Promise.resolve(undefined)), [directorateId, month]);
  const [refusing, setRefusing] = useState<BankRequest | null>(null);
  const [outcome, setOutcome] = useState('');
  const action = useSubmit();


  const done = (text: string) => {
    setRefusing(null);
    setOutcome(text);
    bank.reload();
  };

  async function grant(r: BankRequest) {
    const saved = await action.run(() => api.bank.decide(r.id, { decision: 'approve' }));
    if (saved) done(t('bank.requests.grantedDone', { name: saved.employeeName, count: saved.grantedDays }));
  }

  async function allocate() {
    if (!bank.data) return;
    const result = await action.run(() => api.bank.allocate(directorateId, bank.data!.month));
    if (result) done(t('bank.allocation.done', { count: result.grants.reduce((s, g) => s + g.days, 0), requests: result.grants.filter((g) => g.days > 0).length }));
  }

  const data = bank.data;
  return (
    <Page title={t('bank.title')} trail={[]} lead={t('bank.lead')}>
      <ProblemAlert error={managed.error} />
      {managed.loading && <Loading />}
      {managed.data && directorates.length === 0 && <p>{t('bank.noDirectorate')}</p>}
      {directorates.length > 1 && (
        <SelectField
          id="bank-directorate"
          label={t('bank.directorate')}
          value={directorateId}
          onChange={(id) => {
            setOutcome('');
            setChosen(id);
          }}
          placeholder={t('common.chooseDirectorate')}
          options={directorates.map((d) => ({ value: d.id, label: `${d.code} · ${d.name}` }))}
        />
      )}
      {data && <MonthNav month={data.month} onMonth={(m) => { setOutcome(''); setMonth(m); }} busy={bank.loading} />}
      <OutcomeAlert text={outcome} />
      <ProblemAlert error={bank.error ?? action.error} />
      {directorateId && bank.loading && !data && <Loading />}
      {data && (
        <div className={bank.loading ? 'opacity-50' : undefined} aria-busy={bank.loading}>
          <Section id="bank-balance" title={t('bank.balanceTitle')}>
            <p className="h5 bank-balance">{t('bank.balance', { count: data.balance })}</p>
            <DetailList
              items={[
                [t('bank.released'), String(data.released)],
                [t('bank.granted'), String(data.granted)],
                [t('bank.requested'), String(data.requested)],
                [
                  t('bank.automatic'),
                  data.automaticRelease.day === null
                    ? t('bank.automaticNone')
                    : data.automaticRelease.doneAt
                      ? t('bank.automaticDone', { date: format.date(data.automaticRelease.doneAt) })
                      : t('bank.automaticDay', { day: data.automaticRelease.day }),
                ],
              ]}
            />
          </Section>
          <Section
            id="bank-requests"
            title={t('bank.requests.title')}
            actions={
              data.requested > 0 && (
                <button type="button" className="btn btn-primary btn-sm" onClick={allocate} disabled={action.busy}>
                  {t('bank.allocation.button')}
                </button>
              )
            }
          >
            {data.requested > 0 && <p>{t('bank.allocation.hint')}</p>}
            <BankRequests requests={data.requests} busy={action.busy} onGrant={grant} onRefuse={setRefusing} />
          </Section>
        </div>
      )}
      {refusing && (
        <ReasonDialog
          title={t('bank.requests.refuseTitle', { name: refusing.employeeName })}
          label={t('bank.requests.reason')}
          submitLabel={t('bank.requests.refuse')}
          onSubmit={(reason) => api.bank.decide(refusing.id, { decision: 'refuse', reason })}
          onClose={() => setRefusing(null)}
          onDone={(r) => done(t('bank.requests.refusedDone', { name: r.employeeName }))}
        />
      )}
    </Page>
  );
}
