import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import type { Role } from '../../../api/types';
import { SubmitButton } from '../../../components/form/SubmitButton';
import { TextField } from '../../../components/form/TextField';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useSubmit } from '../../../hooks/useSubmit';
import { EmployeePicker } from './EmployeePicker';
import { RolesField } from './RolesField';

/** A new account; without a password it can only sign in through single sign-on. */
export function NewUserForm({ onSaved }: { onSaved(username: string): void }) {
  const { t } = useTranslation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [employeeId, setEmployeeId] = useState('');
  const [roles, setRoles] = useState<Role[]>(['employee']);
  const submit = useSubmit();

  async function save(event: FormEvent) {
    event.preventDefault();
    const created = await submit.run(() =>
      api.users.create({ username: username.trim(), password: password || undefined, employeeId: employeeId || null, roles }),
    );
    if (!created) return;
    setUsername('');
    setPassword('');
    setEmployeeId('');
    setRoles(['employee']);
    onSaved(created.username);
  }

  return (
    <form onSubmit={save} noValidate>
      <ProblemAlert error={submit.error} />
      <div className="row">
        <div className="col-12 col-md-6">
          <TextField id="new-user-username" label={t('users.username')} value={username} onChange={setUsername} autoComplete="off" required error={submit.fieldError('username')} />
        </div>
        <div className="col-12 col-md-6">
          <TextField id="new-user-password" type="password" label={t('users.password')} value={password} onChange={setPassword} autoComplete="new-password" hint={t('users.passwordHint')} error={submit.fieldError('password')} />
        </div>
      </div>
      <RolesField idPrefix="new-user-role" value={roles} onChange={setRoles} error={submit.fieldError('roles')} />
      <EmployeePicker value={employeeId} onChange={setEmployeeId} error={submit.fieldError('employeeId')} />
      <SubmitButton busy={submit.busy} busyLabel={t('common.saving')}>
        {t('users.create')}
      </SubmitButton>
    </form>
  );
}
