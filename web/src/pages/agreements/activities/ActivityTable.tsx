import { useTranslation } from 'react-i18next';
import type { Activity } from '../../../api/types';
import { RemotableBadge } from '../common/StatusBadge';
import { checklistGaps } from './checklist';

/** Why an activity is or is not remotable, in a line: the HR decision, or what the checklist found. */
function Reason({ activity }: { activity: Activity }) {
  const { t } = useTranslation();
  if (activity.override) return <span className="small">{t('activities.overrideReason', { reason: activity.override.reason })}</span>;
  const { missing, excluded } = checklistGaps(activity);
  if (!missing.length && !excluded.length) return <span className="small">{t('activities.allCriteriaMet')}</span>;
  return (
    <ul className="list-unstyled mb-0 small">
      {excluded.map((e) => (
        <li key={e}>{t('activities.excludedBy', { what: t(`exclusions.${e}`) })}</li>
      ))}
      {missing.map((c) => (
        <li key={c}>{t('activities.missing', { what: t(`characteristics.${c}`) })}</li>
      ))}
    </ul>
  );
}

function Outcome({ activity }: { activity: Activity }) {
  const { t } = useTranslation();
  return (
    <div className="d-flex flex-wrap gap-1">
      <RemotableBadge remotable={activity.remotable} />
      {activity.override && <span className="badge article-badge">{t('activities.overrideBadge')}</span>}
    </div>
  );
}

/** The activities of one unit and year, each with its outcome and the reason for it. */
export function ActivityTable({ activities, caption, onEdit, editable }: { activities: Activity[]; caption: string; onEdit(a: Activity): void; editable: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="table-responsive">
      <table className="table align-top activity-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('activities.name')}</th>
            <th scope="col" className="d-none d-md-table-cell">
              {t('activities.outcome')}
            </th>
            <th scope="col" className="d-none d-md-table-cell">
              {t('activities.why')}
            </th>
            {editable && (
              <th scope="col">
                <span className="visually-hidden">{t('common.actions')}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {activities.length === 0 && (
            <tr>
              <td colSpan={editable ? 4 : 3}>{t('activities.none')}</td>
            </tr>
          )}
          {activities.map((a) => (
            <tr key={a.id}>
              <th scope="row" className="fw-normal">
                <span className="fw-semibold d-block">{a.name}</span>
                {a.description && <small className="d-block text-muted">{a.description}</small>}
                <div className="d-md-none mt-1">
                  <Outcome activity={a} />
                  <div className="mt-1">
                    <Reason activity={a} />
                  </div>
                </div>
              </th>
              <td className="d-none d-md-table-cell">
                <Outcome activity={a} />
              </td>
              <td className="d-none d-md-table-cell">
                <Reason activity={a} />
              </td>
              {editable && (
                <td className="text-end">
                  <button type="button" className="btn btn-outline-primary btn-xs" onClick={() => onEdit(a)} aria-label={t('activities.editOf', { name: a.name })}>
                    {t('common.edit')}
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
