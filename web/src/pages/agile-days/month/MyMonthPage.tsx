import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../../../api/client';
import type { AgileDay, CalendarDay } from '../../../api/types';
import { Loading } from '../../../components/Loading';
import { Page } from '../../../components/Page';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { Section } from '../../../components/Section';
import { useAsync } from '../../../hooks/useAsync';
import { useMe } from '../../../session/SessionContext';
import { DayLegend } from '../common/DayLegend';
import { MonthNav } from '../common/MonthNav';
import { useDayNames } from '../common/useDayNames';
import { useMonthParam } from '../common/useMonthParam';
import { CalendarLink } from './CalendarLink';
import { CancelDayDialog } from './CancelDayDialog';
import type { RequestKind } from './dayActions';
import { ExtensionForm } from './ExtensionForm';
import { MonthGrid } from './MonthGrid';
import { MyBank } from './MyBank';
import { MyExtensions } from './MyExtensions';
import { QuotaBar } from './QuotaBar';
import { RequestDayDialog } from './RequestDayDialog';
import { WorkingTimes } from './WorkingTimes';
import { OutcomeAlert } from '../../../components/OutcomeAlert';

type DialogState = { kind: 'request'; day: CalendarDay; request: RequestKind } | { kind: 'cancel'; day: AgileDay } | null;

/**
 * "Il mio mese" (art. 7, 10–12): the quota and how it is spent, the hours of an agile day, every
 * day of the month with what can be done on it, the day bank, extensions and the private calendar link.
 */
export function MyMonthPage() {
  const { t } = useTranslation();
  const me = useMe();
  const names = useDayNames();
  const employeeId = me.user.employeeId!;
  const [month, setMonth] = useMonthParam();
  const [dialog, setDialog] = useState<DialogState>(null);
  const [outcome, setOutcome] = useState('');
  const data = useAsync((signal) => api.agileDays.myMonth(employeeId, month, signal), [employeeId, month]);
  const extensions = useAsync(() => api.extensions.list({ employeeId }), [employeeId]);


  const done = (text: string) => {
    setDialog(null);
    setOutcome(text);
    data.reload();
  };
  const view = data.data;

  return (
    <Page title={t('agileDays.title')} trail={[{ label: t('nav.myAgileWork'), to: '/lavoro-agile' }]} lead={t('agileDays.lead')}>
      {view && <MonthNav month={view.month} onMonth={(m) => { setOutcome(''); setMonth(m); }} busy={data.loading} />}
      <OutcomeAlert text={outcome} className="day-outcome" />
      <ProblemAlert error={data.error} />
      {data.loading && !view && <Loading />}
      {view && (
        <div className={data.loading ? 'opacity-50' : undefined} aria-busy={data.loading}>
          {!view.agreement && (
            <div className="alert alert-warning" role="status">
              {t('agileDays.noAgreement')} <Link to="/lavoro-agile">{t('agileDays.toMyAgileWork')}</Link>
            </div>
          )}
          <div className="row">
            <div className="col-12 col-lg-7">
              <Section id="my-quota" title={t('agileDays.quota.title')}>
                <QuotaBar quota={view.quota} />
              </Section>
            </div>
            <div className="col-12 col-lg-5">
              <Section id="my-times" title={t('agileDays.times.title')}>
                <WorkingTimes month={view} />
              </Section>
            </div>
          </div>
          <Section id="my-days" title={t('agileDays.grid.title')}>
            <p>{t('agileDays.grid.lead', { count: view.noticeDays })}</p>
            <DayLegend />
            <MonthGrid
              month={view}
              handlers={{
                onRequest: (day, request) => setDialog({ kind: 'request', day, request }),
                onCancel: (day) => day.request && setDialog({ kind: 'cancel', day: day.request }),
              }}
            />
          </Section>
          <Section id="my-bank" title={t('agileDays.bank.title')}>
            <MyBank month={view} onDone={done} />
          </Section>
        </div>
      )}
      <Section id="my-extensions" title={t('extensions.mineTitle')}>
        <ProblemAlert error={extensions.error} />
        {extensions.data && <MyExtensions extensions={extensions.data} />}
        <ExtensionForm
          employeeId={employeeId}
          onDone={() => {
            setOutcome(t('extensions.form.sent'));
            extensions.reload();
          }}
        />
      </Section>
      <Section id="my-ical" title={t('agileDays.ical.title')}>
        <CalendarLink employeeId={employeeId} />
      </Section>

      {dialog?.kind === 'request' && view && (
        <RequestDayDialog
          employeeId={employeeId}
          date={dialog.day.date}
          kind={dialog.request}
          noticeDays={view.noticeDays}
          onClose={() => setDialog(null)}
          onDone={(created) => done(t(created.explicitApproval ? 'agileDays.request.sentExceptional' : 'agileDays.request.sent', { day: names.long(dialog.day.date) }))}
        />
      )}
      {dialog?.kind === 'cancel' && view && (
        <CancelDayDialog day={dialog.day} cutoff={view.cancellationCutoff} onClose={() => setDialog(null)} onDone={(d) => done(t('agileDays.cancel.done', { day: names.long(d.date) }))} />
      )}
    </Page>
  );
}
