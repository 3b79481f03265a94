import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { TextField } from '../../../components/form/TextField';
import { useAsync } from '../../../hooks/useAsync';
import { useDebouncedValue } from '../../../hooks/useDebouncedValue';

/** Links an account to an employee: search by name or matricola, then pick one of the first matches. */
export function EmployeePicker({ value, onChange, error }: { value: string; onChange(employeeId: string): void; error?: string }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const query = useDebouncedValue(text.trim(), 300);
  const found = useAsync((signal) => (query.length >= 2 ? api.employees.list({ q: query, pageSize: 8 }, signal) : Promise.resolve(null)), [query]);
  return (
    <fieldset className="mb-3">
      <legend className="h6">{t('users.employee')}</legend>
      <TextField id="user-employee-search" type="search" label={t('users.employeeSearch')} value={text} onChange={setText} hint={t('users.employeeHint')} error={error} autoComplete="off" />
      <div role="radiogroup" aria-label={t('users.employeeResults')}>
        <div className="form-check">
          <input id="user-employee-none" type="radio" name="user-employee" checked={value === ''} onChange={() => onChange('')} />
          <label htmlFor="user-employee-none">{t('users.noEmployee')}</label>
        </div>
        {found.data?.items.map((e) => (
          <div key={e.id} className="form-check">
            <input id={`user-employee-${e.id}`} type="radio" name="user-employee" checked={value === e.id} onChange={() => onChange(e.id)} />
            <label htmlFor={`user-employee-${e.id}`}>
              {e.lastName} {e.firstName} · <span className="font-monospace">{e.matricola}</span> · {e.unitName}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
