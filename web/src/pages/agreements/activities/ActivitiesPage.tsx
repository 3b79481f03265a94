import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { api } from '../../../api/client';
import type { Activity } from '../../../api/types';
import { SelectField } from '../../../components/form/SelectField';
import { Loading } from '../../../components/Loading';
import { Page } from '../../../components/Page';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { Section } from '../../../components/Section';
import { StatusMessage } from '../../../components/StatusMessage';
import { useAsync } from '../../../hooks/useAsync';
import { can } from '../../../session/roles';
import { useMe } from '../../../session/SessionContext';
import { UnitPicker, useUnits } from '../common/UnitPicker';
import { useCurrentYear } from '../common/useCurrentYear';
import { ActivityForm } from './ActivityForm';
import { ActivityTable } from './ActivityTable';
import { CopyYearSection } from './CopyYearSection';

/**
 * Catalogo attività (art. 3, POLA § 4.1): for a year and a unit, the activities and whether each
 * can be done remotely. HR maps every unit, a director the units of their directorate.
 */
export function ActivitiesPage() {
  const { t } = useTranslation();
  const me = useMe();
  const currentYear = useCurrentYear();
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('anno')) || currentYear;
  const directorateId = params.get('direzione') ?? '';
  const unitId = params.get('unita') ?? '';
  const [editing, setEditing] = useState<Activity | 'new' | null>(null);
  const [status, setStatus] = useState('');
  const formHeading = useRef<HTMLHeadingElement>(null);
  const isHr = can(me, 'activityOverride');

  const directorates = useAsync(async () => {
    const all = await api.directorates.list();
    return isHr ? all : all.filter((d) => d.headEmployeeId === me.user.employeeId);
  }, [isHr, me.user.employeeId]);
  const units = useUnits(directorateId);
  const activities = useAsync(() => (unitId ? api.activities.list({ unitId, year }) : Promise.resolve([])), [unitId, year]);

  const update = (change: Record<string, string>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(change)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );

  // A director who heads one directorate starts there.
  useEffect(() => {
    const own = directorates.data;
    if (!directorateId && own?.length === 1 && !isHr) update({ direzione: own[0]!.id });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [directorates.data]);

  useEffect(() => {
    if (editing) formHeading.current?.focus();
  }, [editing]);

  const years = [currentYear - 1, currentYear, currentYear + 1];
  const unitName = units.data?.find((u) => u.id === unitId)?.name ?? '';
  const remotableCount = activities.data?.filter((a) => a.remotable).length ?? 0;

  return (
    <Page title={t('activities.title')} trail={[]} lead={t('activities.lead')}>
      <form className="row align-items-end" onSubmit={(e) => e.preventDefault()} aria-label={t('activities.filters')}>
        <div className="col-12 col-md-3">
          <SelectField id="catalogue-year" label={t('activities.year')} value={String(year)} onChange={(v) => update({ anno: v })} options={years.map((y) => ({ value: String(y), label: String(y) }))} />
        </div>
        <div className="col-12 col-md-9">
          <UnitPicker
            idPrefix="catalogue"
            directorates={directorates.data ?? []}
            units={units.data ?? []}
            directorateId={directorateId}
            unitId={unitId}
            onChange={(c) => {
              setEditing(null);
              update({ direzione: c.directorateId, unita: c.unitId });
            }}
          />
        </div>
      </form>
      <ProblemAlert error={directorates.error ?? activities.error} />
      {directorates.data && directorates.data.length === 0 && <div className="alert alert-info">{t('activities.noDirectorate')}</div>}
      <StatusMessage className="mb-2">{status}</StatusMessage>

      {!unitId && <p className="text-muted">{t('activities.chooseUnit')}</p>}
      {unitId && (
        <Section
          id="catalogue"
          title={t('activities.listTitle', { year })}
          actions={
            !editing && (
              <button type="button" className="btn btn-primary btn-sm" onClick={() => setEditing('new')}>
                {t('activities.new')}
              </button>
            )
          }
        >
          {activities.loading && !activities.data && <Loading />}
          {activities.data && (
            <div className={activities.loading ? 'opacity-50' : undefined} aria-busy={activities.loading}>
              <StatusMessage className="mb-2">{!activities.loading && t('activities.count', { count: activities.data.length, remotable: remotableCount })}</StatusMessage>
              <ActivityTable activities={activities.data} caption={t('activities.caption', { unit: unitName, year })} editable onEdit={(a) => setEditing(a)} />
            </div>
          )}
        </Section>
      )}

      {unitId && editing && (
        <section className="card shadow-sm mb-4 page-section" aria-labelledby="activity-form-title">
          <div className="card-body">
            <h2 id="activity-form-title" ref={formHeading} tabIndex={-1} className="h4 mb-3">
              {editing === 'new' ? t('activities.newTitle', { year }) : t('activities.editTitle', { name: editing.name })}
            </h2>
            <ActivityForm
              key={editing === 'new' ? 'new' : editing.id}
              activity={editing === 'new' ? null : editing}
              unitId={unitId}
              year={year}
              canOverride={isHr}
              onCancel={() => setEditing(null)}
              onSaved={(saved) => {
                setEditing(null);
                setStatus(t('activities.saved', { name: saved.name, outcome: saved.remotable ? t('activities.remotable') : t('activities.notRemotable') }));
                activities.reload();
              }}
            />
          </div>
        </section>
      )}

      {can(me, 'activityYears') && <CopyYearSection year={year} onCopied={(to) => update({ anno: String(to) })} />}
    </Page>
  );
}
