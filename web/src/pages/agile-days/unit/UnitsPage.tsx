import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { Loading } from '../../../components/Loading';
import { Page } from '../../../components/Page';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useMe } from '../../../session/SessionContext';
import { UnitPicker, useUnits } from '../../agreements/common/UnitPicker';
import { useManagedUnits } from '../common/useManagedUnits';

const byCode = <T extends { code: string }>(a: T, b: T) => a.code.localeCompare(b.code, 'it', { numeric: true });

/** The units whose calendar the person follows: their own as links; HR chooses any unit of the organization. */
export function UnitsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const managed = useManagedUnits(me);
  const hr = me.user.roles.includes('hr');
  const [choice, setChoice] = useState({ directorateId: '', unitId: '' });
  const units = useUnits(choice.directorateId);
  const directorateName = (id: string) => managed.data?.directorates.find((d) => d.id === id)?.name ?? '';

  return (
    <Page title={t('unitCalendar.unitsTitle')} trail={[]} lead={t('unitCalendar.unitsLead')}>
      <ProblemAlert error={managed.error} />
      {managed.loading && <Loading />}
      {managed.data && hr && (
        <form
          className="mb-4"
          onSubmit={(e) => {
            e.preventDefault();
            if (choice.unitId) navigate(`/lavoro-agile/unita/${choice.unitId}`);
          }}
        >
          <UnitPicker idPrefix="calendar-unit" directorates={managed.data.directorates} units={units.data ?? []} directorateId={choice.directorateId} unitId={choice.unitId} onChange={setChoice} />
          <button type="submit" className="btn btn-primary" disabled={!choice.unitId}>
            {t('unitCalendar.open')}
          </button>
        </form>
      )}
      {managed.data && !hr && managed.data.units.length === 0 && <p>{t('unitCalendar.noUnits')}</p>}
      {managed.data && !hr && managed.data.units.length > 0 && (
        <ul className="list-group unit-links">
          {[...managed.data.units].sort(byCode).map((u) => (
            <li key={u.id} className="list-group-item">
              <Link to={`/lavoro-agile/unita/${u.id}`} className="fw-semibold">
                {u.code} · {u.name}
              </Link>
              <small className="d-block text-muted">
                {directorateName(u.directorateId)} · {t('unitCalendar.people', { count: u.employeeCount })}
              </small>
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}
