import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import type { AuditEntry } from '../../../api/types';
import { Loading } from '../../../components/Loading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { Section } from '../../../components/Section';
import { useAsync } from '../../../hooks/useAsync';
import { useFormat } from '../../../hooks/useFormat';
import { changesOf } from './auditChanges';
import { auditValue } from './auditValue';

/** Changes to the employee and reads of their protected data, newest first (hr, admin). */
export function AuditSection({ employeeId, version }: { employeeId: string; version: number }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const entries = useAsync(async () => {
    const [employee, circumstances] = await Promise.all([
      api.audit.list({ entity: 'employee', entityId: employeeId, limit: 100 }),
      api.audit.list({ entity: 'employee_circumstances', entityId: employeeId, limit: 100 }),
    ]);
    return [...employee.items, ...circumstances.items].sort((a, b) => b.at.localeCompare(a.at) || b.id - a.id);
  }, [employeeId, version]);

  const fieldLabel = (field: string) => (i18n.exists(`auditFields.${field}`) ? t(`auditFields.${field}`) : field);
  const actionLabel = (action: string) => (i18n.exists(`auditActions.${action}`) ? t(`auditActions.${action}`) : action);
  const describe = (entry: AuditEntry) => {
    const changes = entry.action === 'employee.updated' ? changesOf(entry.before, entry.after) : [];
    if (changes.length === 0) return entry.reason ? t('audit.reason', { reason: entry.reason }) : '';
    return (
      <ul className="list-unstyled mb-0 small">
        {changes.map((c) => (
          <li key={c.field}>
            <strong>{fieldLabel(c.field)}</strong>: {auditValue(c.field, c.before, t, format)} → {auditValue(c.field, c.after, t, format)}
          </li>
        ))}
      </ul>
    );
  };

  return (
    <Section id="audit" title={t('employee.sections.audit')}>
      <ProblemAlert error={entries.error} />
      {entries.loading && !entries.data && <Loading />}
      {entries.data && (
        <div className="table-responsive">
          <table className="table table-sm align-top">
            <caption className="visually-hidden">{t('audit.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('audit.when')}</th>
                <th scope="col">{t('audit.who')}</th>
                <th scope="col">{t('audit.what')}</th>
                <th scope="col">{t('audit.details')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.data.length === 0 && (
                <tr>
                  <td colSpan={4}>{t('audit.none')}</td>
                </tr>
              )}
              {entries.data.map((entry) => (
                <tr key={entry.id}>
                  <td className="text-nowrap">{format.dateTime(entry.at)}</td>
                  <td>{entry.actor}</td>
                  <td>{actionLabel(entry.action)}</td>
                  <td>{describe(entry)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Section>
  );
}
