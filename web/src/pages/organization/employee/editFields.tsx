import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { COMMUTE_MODES, CONTRACT_TYPES, EMPLOYEE_ROLES, WORK_PATTERNS } from '../../../api/enums';
import { CheckboxField } from '../../../components/form/CheckboxField';
import { SelectField } from '../../../components/form/SelectField';
import { TextField } from '../../../components/form/TextField';
import { useAsync } from '../../../hooks/useAsync';
import { useFormat } from '../../../hooks/useFormat';
import { toggled, type EmployeeForm } from './employeeForm';

/** What every group of the employee form receives: the state, a setter, and the API's reasons by field path. */
export interface FieldsProps {
  form: EmployeeForm;
  change(patch: Partial<EmployeeForm>): void;
  fieldError(path: string): string | undefined;
}

function Text({ form, change, fieldError, name, path, label, type = 'text' }: FieldsProps & { name: keyof EmployeeForm; path: string; label: string; type?: string }) {
  return <TextField id={`emp-${path}`} type={type} label={label} value={String(form[name])} onChange={(v) => change({ [name]: v })} error={fieldError(path)} />;
}

export function PersonFields(props: FieldsProps) {
  const { t } = useTranslation();
  const { form, change, fieldError } = props;
  const directorates = useAsync(() => api.directorates.list(), []);
  const units = useAsync(() => (form.directorateId ? api.units.list(form.directorateId) : Promise.resolve([])), [form.directorateId]);
  return (
    <fieldset className="mb-3">
      <legend className="h5">{t('employee.sections.person')}</legend>
      <div className="row">
        <div className="col-12 col-md-4"><Text {...props} name="matricola" path="matricola" label={t('employee.matricola')} /></div>
        <div className="col-12 col-md-4"><Text {...props} name="firstName" path="firstName" label={t('employee.firstName')} /></div>
        <div className="col-12 col-md-4"><Text {...props} name="lastName" path="lastName" label={t('employee.lastName')} /></div>
        <div className="col-12 col-md-6"><Text {...props} name="email" path="email" label={t('employee.email')} type="email" /></div>
        <div className="col-12 col-md-6">
          <SelectField
            id="emp-role"
            label={t('employee.role')}
            value={form.role}
            onChange={(role) => change({ role: role as EmployeeForm['role'] })}
            options={EMPLOYEE_ROLES.map((r) => ({ value: r, label: t(`employeeRoles.${r}`) }))}
            error={fieldError('role')}
          />
        </div>
        <div className="col-12 col-md-6">
          <SelectField
            id="emp-directorate"
            label={t('employee.directorate')}
            value={form.directorateId}
            onChange={(directorateId) => change({ directorateId, unitId: '' })}
            options={(directorates.data ?? []).map((d) => ({ value: d.id, label: `${d.code} · ${d.name}` }))}
          />
        </div>
        <div className="col-12 col-md-6">
          <SelectField
            id="emp-unitId"
            label={t('employee.unit')}
            value={form.unitId}
            onChange={(unitId) => change({ unitId })}
            placeholder={t('employee.edit.chooseUnit')}
            options={(units.data ?? []).map((u) => ({ value: u.id, label: `${u.code} · ${u.name}` }))}
            hint={t('employee.edit.unitHint')}
            error={fieldError('unitId')}
          />
        </div>
      </div>
    </fieldset>
  );
}

export function ContractFields(props: FieldsProps) {
  const { t } = useTranslation();
  const { form, change, fieldError } = props;
  return (
    <fieldset className="mb-3">
      <legend className="h5">{t('employee.sections.contract')}</legend>
      <div className="row">
        <div className="col-12 col-md-6">
          <SelectField
            id="emp-contract.type"
            label={t('employee.contractType')}
            value={form.contractType}
            onChange={(v) => change({ contractType: v as EmployeeForm['contractType'] })}
            options={CONTRACT_TYPES.map((c) => ({ value: c, label: t(`contractTypes.${c}`) }))}
            error={fieldError('contract.type')}
          />
        </div>
        <div className="col-12 col-md-6"><Text {...props} name="contractStart" path="contract.start" label={t('employee.contractStart')} type="date" /></div>
        <div className="col-12 col-md-6"><Text {...props} name="contractEnd" path="contract.end" label={t('employee.contractEnd')} type="date" /></div>
        <div className="col-12 col-md-6"><Text {...props} name="probationEnd" path="contract.probationEnd" label={t('employee.probationEnd')} type="date" /></div>
      </div>
    </fieldset>
  );
}

/** A set of checkboxes (weekdays, months) with the API's reason under it. */
function NumberChoices({ id, legend, choices, value, onChange, error }: { id: string; legend: string; choices: { value: number; label: string }[]; value: number[]; onChange(v: number[]): void; error?: string }) {
  return (
    <fieldset aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="h6">{legend}</legend>
      <div className="d-flex flex-wrap column-gap-3">
        {choices.map((c) => (
          <CheckboxField key={c.value} id={`${id}-${c.value}`} label={c.label} checked={value.includes(c.value)} onChange={(on) => onChange(toggled(value, c.value, on))} />
        ))}
      </div>
      {error && (
        <div id={`${id}-error`} className="invalid-feedback d-block">
          {error}
        </div>
      )}
    </fieldset>
  );
}

export function WorkPatternFields(props: FieldsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { form, change, fieldError } = props;
  return (
    <fieldset className="mb-3">
      <legend className="h5">{t('employee.sections.workPattern')}</legend>
      <SelectField
        id="emp-workPattern.type"
        label={t('employee.workPatternType')}
        value={form.patternType}
        onChange={(v) => change({ patternType: v as EmployeeForm['patternType'] })}
        options={WORK_PATTERNS.map((w) => ({ value: w, label: t(`workPatterns.${w}`) }))}
        error={fieldError('workPattern.type')}
      />
      {form.patternType === 'part_time_horizontal' && <Text {...props} name="percent" path="workPattern.percent" label={t('employee.percent')} type="number" />}
      {form.patternType === 'part_time_vertical' && (
        <NumberChoices
          id="emp-weekday"
          legend={t('employee.weekdays')}
          choices={[1, 2, 3, 4, 5].map((d) => ({ value: d, label: t(`weekdays.${d}`) }))}
          value={form.weekdays}
          onChange={(weekdays) => change({ weekdays })}
          error={fieldError('workPattern.weekdays')}
        />
      )}
      {form.patternType === 'part_time_cyclic' && (
        <NumberChoices
          id="emp-month"
          legend={t('employee.fullTimeMonths')}
          choices={Array.from({ length: 12 }, (_, i) => ({ value: i + 1, label: format.monthName(i + 1) }))}
          value={form.fullTimeMonths}
          onChange={(fullTimeMonths) => change({ fullTimeMonths })}
          error={fieldError('workPattern.fullTimeMonths')}
        />
      )}
    </fieldset>
  );
}

export function CommuteFields(props: FieldsProps) {
  const { t } = useTranslation();
  const { form, change, fieldError } = props;
  return (
    <fieldset className="mb-3">
      <legend className="h5">{t('employee.sections.commute')}</legend>
      <div className="row">
        <div className="col-12 col-md-5"><Text {...props} name="homeMunicipality" path="commute.homeMunicipality" label={t('employee.homeMunicipality')} /></div>
        <div className="col-12 col-md-3"><Text {...props} name="km" path="commute.km" label={t('employee.km')} type="number" /></div>
        <div className="col-12 col-md-4">
          <SelectField
            id="emp-commute.mode"
            label={t('employee.mode')}
            value={form.mode}
            onChange={(v) => change({ mode: v as EmployeeForm['mode'] })}
            options={COMMUTE_MODES.map((m) => ({ value: m, label: t(`commuteModes.${m}`) }))}
            error={fieldError('commute.mode')}
          />
        </div>
      </div>
    </fieldset>
  );
}
