import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { proposedQuota, remotableShare } from '../../../api/rules';
import type { Activity, EmployeeActivities } from '../../../api/types';
import { SelectField } from '../../../components/form/SelectField';
import { SubmitButton } from '../../../components/form/SubmitButton';
import { TextField } from '../../../components/form/TextField';
import { useFocusInvalid } from '../../../components/form/useFocusInvalid';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { StatusMessage } from '../../../components/StatusMessage';
import { useAsync } from '../../../hooks/useAsync';
import { useSubmit } from '../../../hooks/useSubmit';
import { useRegulation } from '../common/useRegulation';

interface Row {
  activityId: string;
  share: string;
}

const shareOf = (row: Row) => {
  const n = Number(row.share);
  return Number.isFinite(n) ? n : 0;
};

/**
 * HR or the director assigns the employee's activities by prevalence (POLA § 4.1): the shares
 * add up to at most 100%, shown while typing with the remotable share and the quota they give.
 */
export function ActivitySharesForm({ employeeId, unitId, mapping, onSaved, onCancel }: {
  employeeId: string;
  unitId: string;
  mapping: EmployeeActivities;
  onSaved(saved: EmployeeActivities): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const regulation = useRegulation();
  const catalogue = useAsync(() => api.activities.list({ unitId, year: mapping.year }), [unitId, mapping.year]);
  const [rows, setRows] = useState<Row[]>(() => mapping.items.map((i) => ({ activityId: i.activityId, share: String(i.share) })));
  const submit = useSubmit();
  const form = useRef<HTMLFormElement>(null);
  useFocusInvalid(submit.error, form);

  // The unit's catalogue, plus activities already assigned from elsewhere.
  const known = new Map<string, { name: string; remotable: boolean }>();
  for (const i of mapping.items) known.set(i.activityId, { name: i.name, remotable: i.remotable });
  for (const a of catalogue.data ?? ([] as Activity[])) known.set(a.id, { name: a.name, remotable: a.remotable });
  const options = [...known.entries()].map(([id, a]) => ({ value: id, label: `${a.name} — ${a.remotable ? t('activities.remotable') : t('activities.notRemotable')}` }));

  const chosen = rows.filter((r) => r.activityId);
  const total = chosen.reduce((sum, r) => sum + shareOf(r), 0);
  const remote = remotableShare(chosen.map((r) => ({ activityId: r.activityId, share: shareOf(r), remotable: known.get(r.activityId)?.remotable ?? false })));
  const quota = regulation ? proposedQuota(regulation, Math.min(remote, 100)) : null;
  const over = total > 100;

  async function save(event: FormEvent) {
    event.preventDefault();
    const shares = chosen.map((r) => ({ activityId: r.activityId, share: Number(r.share) }));
    const saved = await submit.run(() => api.employees.saveActivities(employeeId, shares, mapping.year));
    if (saved) onSaved(saved);
  }

  const change = (index: number, patch: Partial<Row>) => setRows(rows.map((r, i) => (i === index ? { ...r, ...patch } : r)));

  return (
    <form ref={form} onSubmit={save} noValidate aria-label={t('mapping.editTitle')}>
      <ProblemAlert error={submit.error} shownAt={['share', ...rows.map((_, i) => `${i}.share`)]} />
      <ProblemAlert error={catalogue.error} />
      {rows.map((row, index) => (
        <div key={index} className="row align-items-end share-row">
          <div className="col-12 col-md-7">
            <SelectField
              id={`share-activity-${index}`}
              label={t('mapping.activityN', { n: index + 1 })}
              value={row.activityId}
              onChange={(activityId) => change(index, { activityId })}
              placeholder={t('mapping.chooseActivity')}
              options={options}
            />
          </div>
          <div className="col-8 col-md-3">
            <TextField
              id={`share-value-${index}`}
              type="number"
              min={1}
              max={100}
              inputMode="numeric"
              label={t('mapping.shareN', { n: index + 1 })}
              value={row.share}
              onChange={(share) => change(index, { share })}
              error={submit.fieldError(`${index}.share`)}
            />
          </div>
          <div className="col-4 col-md-2">
            <button type="button" className="btn btn-outline-danger btn-sm mb-4" onClick={() => setRows(rows.filter((_, i) => i !== index))} aria-label={t('mapping.removeN', { n: index + 1 })}>
              {t('mapping.remove')}
            </button>
          </div>
        </div>
      ))}
      <button type="button" className="btn btn-outline-primary btn-sm mb-3" onClick={() => setRows([...rows, { activityId: '', share: '' }])}>
        {t('mapping.add')}
      </button>

      <StatusMessage className={`share-total alert ${over ? 'alert-danger' : 'alert-info'} mb-3`}>
        <span id="share-total" className="d-block fw-semibold">
          {t('mapping.total', { total })}
          {over && ` — ${t('mapping.overLimit')}`}
        </span>
        <span className="d-block">
          {t('mapping.liveShare', { share: remote })}
          {quota !== null && ` · ${t('mapping.liveQuota', { count: quota })}`}
        </span>
      </StatusMessage>
      {submit.fieldError('share') && (
        <div className="invalid-feedback d-block mb-3" role="alert">
          {submit.fieldError('share')}
        </div>
      )}

      <div className="d-flex flex-wrap gap-2">
        <SubmitButton busy={submit.busy} busyLabel={t('common.saving')}>
          {t('common.save')}
        </SubmitButton>
        <button type="button" className="btn btn-outline-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
