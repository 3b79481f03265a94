import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import type { Directorate, Unit } from '../../../api/types';
import { SelectField } from '../../../components/form/SelectField';
import { useAsync } from '../../../hooks/useAsync';

const byCode = <T extends { code: string }>(a: T, b: T) => a.code.localeCompare(b.code, 'it', { numeric: true });

/** The units of a directorate (none until one is chosen). */
export function useUnits(directorateId: string) {
  return useAsync(() => (directorateId ? api.units.list(directorateId) : Promise.resolve([] as Unit[])), [directorateId]);
}

/** Directorate → unit, the unit list (from useUnits) following the directorate chosen. */
export function UnitPicker({ idPrefix, directorates, units, directorateId, unitId, onChange, unitError, unitHint }: {
  idPrefix: string;
  directorates: Directorate[];
  units: Unit[];
  directorateId: string;
  unitId: string;
  onChange(change: { directorateId: string; unitId: string }): void;
  unitError?: string;
  unitHint?: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="row">
      <div className="col-12 col-md-6">
        <SelectField
          id={`${idPrefix}-directorate`}
          label={t('employee.directorate')}
          value={directorateId}
          onChange={(id) => onChange({ directorateId: id, unitId: '' })}
          placeholder={t('common.chooseDirectorate')}
          options={[...directorates].sort(byCode).map((d) => ({ value: d.id, label: `${d.code} · ${d.name}` }))}
        />
      </div>
      <div className="col-12 col-md-6">
        <SelectField
          id={`${idPrefix}-unit`}
          label={t('employee.unit')}
          value={unitId}
          onChange={(id) => onChange({ directorateId, unitId: id })}
          placeholder={directorateId ? t('common.chooseUnit') : t('employees.chooseDirectorateFirst')}
          disabled={!directorateId}
          options={[...units].sort(byCode).map((u) => ({ value: u.id, label: `${u.code} · ${u.name}` }))}
          hint={unitHint}
          error={unitError}
        />
      </div>
    </div>
  );
}
