import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { api } from '../../../api/client';
import type { AgileDay, BulkApprovalResult } from '../../../api/types';
import { Loading } from '../../../components/Loading';
import { Page } from '../../../components/Page';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { Section } from '../../../components/Section';
import { useAsync } from '../../../hooks/useAsync';
import { useSubmit } from '../../../hooks/useSubmit';
import { useMe } from '../../../session/SessionContext';
import { DayLegend } from '../common/DayLegend';
import { MonthNav } from '../common/MonthNav';
import { useDayNames } from '../common/useDayNames';
import { useManagedUnits } from '../common/useManagedUnits';
import { useMonthParam } from '../common/useMonthParam';
import { ApprovedList } from './ApprovedList';
import { BulkOutcome, outcomeOf, type Outcome } from './BulkOutcome';
import { DayList } from './DayList';
import { PendingList } from './PendingList';
import { PeopleGrid } from './PeopleGrid';
import { RejectDialog } from './RejectDialog';
import { RevokeDialog, type Revocable } from './RevokeDialog';
import { RotationForm } from './RotationForm';
import { ToVerifyList } from './ToVerifyList';
import { VerifyDialog } from './VerifyDialog';

type DialogState = { kind: 'reject'; days: AgileDay[] } | { kind: 'revoke'; day: Revocable } | { kind: 'verify'; day: AgileDay } | null;

/**
 * The unit's month (art. 7.4, 10, 11): who is agile on which day against the rotation limit, the
 * requests to decide, the authorized days that can still be revoked, the days to verify and,
 * for the director and HR, the rotation limit.
 */
export function UnitCalendarPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const me = useMe();
  const names = useDayNames();
  const [month, setMonth] = useMonthParam();
  const managed = useManagedUnits(me);
  const calendar = useAsync((signal) => api.agileDays.unitCalendar(id, month, signal), [id, month]);
  const [dialog, setDialog] = useState<DialogState>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const outcomeBox = useRef<HTMLDivElement>(null);
  const approve = useSubmit();

  useEffect(() => {
    if (outcome) outcomeBox.current?.focus();
  }, [outcome]);

  const unit = managed.data?.units.find((u) => u.id === id);
  const own = me.user.employeeId;
  const headsDirectorate = Boolean(unit && managed.data?.headed.some((d) => d.id === unit.directorateId && d.headEmployeeId === own));
  const decides = Boolean(unit && own && (unit.managerEmployeeId === own || headsDirectorate));
  const setsRotation = me.user.roles.includes('hr') || headsDirectorate;

  const finish = (next: Outcome) => {
    setDialog(null);
    setOutcome(next);
    calendar.reload();
  };

  async function approveDays(days: AgileDay[]) {
    const result = await approve.run(async (): Promise<BulkApprovalResult> => {
      if (days.length === 1) {
        const d = await api.agileDays.decide(days[0]!.id, { decision: 'approve' });
        return { results: [{ id: d.id, ok: true, status: d.status }] };
      }
      return api.agileDays.decideMany({ ids: days.map((d) => d.id), decision: 'approve' });
    });
    if (result) finish(outcomeOf(result, days, (count) => t('unitCalendar.outcome.approved', { count })));
  }

  const data = calendar.data;
  return (
    <Page title={data ? t('unitCalendar.title', { unit: data.unitName }) : t('unitCalendar.titleLoading')} trail={[{ label: t('nav.unitCalendar'), to: '/lavoro-agile/unita' }]}>
      {data && <MonthNav month={data.month} onMonth={(m) => { setOutcome(null); setMonth(m); }} busy={calendar.loading} />}
      {outcome && <BulkOutcome ref={outcomeBox} outcome={outcome} />}
      <ProblemAlert error={calendar.error ?? approve.error} />
      {calendar.loading && !data && <Loading />}
      {data && (
        <div className={calendar.loading ? 'opacity-50' : undefined} aria-busy={calendar.loading}>
          <p>{data.maxAgilePerDay === null ? t('unitCalendar.noLimit') : t('unitCalendar.limit', { count: data.maxAgilePerDay })}</p>
          <Section id="unit-pending" title={t('unitCalendar.pending.title', { count: data.pending.length })}>
            <PendingList key={data.pending.map((d) => d.id).join()} days={data.pending} decides={decides} busy={approve.busy} onApprove={approveDays} onReject={(days) => setDialog({ kind: 'reject', days })} />
          </Section>
          <Section id="unit-grid" title={t('unitCalendar.grid.title')}>
            <DayLegend />
            <div className="d-none d-md-block">
              <PeopleGrid calendar={data} />
            </div>
            <div className="d-md-none">
              <DayList calendar={data} />
            </div>
          </Section>
          <Section id="unit-approved" title={t('unitCalendar.approved.title')}>
            <ApprovedList calendar={data} today={data.today} decides={decides} onRevoke={(day) => setDialog({ kind: 'revoke', day })} />
          </Section>
          <Section id="unit-verify" title={t('unitCalendar.verify.sectionTitle', { count: data.toVerify.length })}>
            <ToVerifyList days={data.toVerify} decides={decides} onVerify={(day) => setDialog({ kind: 'verify', day })} />
          </Section>
          {setsRotation && (
            <Section id="unit-rotation" title={t('unitCalendar.rotation.title')}>
              <RotationForm key={String(data.maxAgilePerDay)} unitId={data.unitId} current={data.maxAgilePerDay} onSaved={(r) => finish({ text: r.maxAgilePerDay === null ? t('unitCalendar.rotation.savedNone') : t('unitCalendar.rotation.saved', { count: r.maxAgilePerDay }) })} />
            </Section>
          )}
        </div>
      )}

      {dialog?.kind === 'reject' && (
        <RejectDialog days={dialog.days} onClose={() => setDialog(null)} onDone={(result) => finish(outcomeOf(result, dialog.days, (count) => t('unitCalendar.outcome.rejected', { count })))} />
      )}
      {dialog?.kind === 'revoke' && (
        <RevokeDialog day={dialog.day} onClose={() => setDialog(null)} onDone={(d) => finish({ text: t('unitCalendar.revoke.done', { name: d.employeeName, day: names.long(d.date) }) })} />
      )}
      {dialog?.kind === 'verify' && (
        <VerifyDialog day={dialog.day} onClose={() => setDialog(null)} onDone={(d) => finish({ text: t('unitCalendar.verify.done', { name: d.employeeName, day: names.long(d.date) }) })} />
      )}
    </Page>
  );
}
