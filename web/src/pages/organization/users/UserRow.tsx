import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import type { Role, User } from '../../../api/types';
import { useProblemText } from '../../../components/ProblemAlert';
import { useFormat } from '../../../hooks/useFormat';
import { useSubmit } from '../../../hooks/useSubmit';
import { RolesField } from './RolesField';

/** One account: its roles can be changed and it can be suspended or reactivated. */
export function UserRow({ user, onChanged }: { user: User; onChanged(u: User, message: string): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const problemText = useProblemText();
  const [editing, setEditing] = useState(false);
  const [roles, setRoles] = useState<Role[]>(user.roles);
  const submit = useSubmit();

  const patch = async (body: Parameters<typeof api.users.update>[1], message: string) => {
    const saved = await submit.run(() => api.users.update(user.id, body));
    if (saved) {
      setEditing(false);
      onChanged(saved, message);
    }
  };

  return (
    <tr>
      <th scope="row" className="font-monospace fw-normal">
        {user.username}
      </th>
      <td>{user.employeeName ?? '—'}</td>
      <td>
        {editing ? (
          <RolesField idPrefix={`roles-${user.id}`} value={roles} onChange={setRoles} error={submit.fieldError('roles')} stacked />
        ) : (
          user.roles.map((r) => t(`roles.${r}`)).join(', ')
        )}
        {submit.error !== undefined && !submit.fieldError('roles') && <div className="text-danger small">{problemText(submit.error)}</div>}
      </td>
      <td>{user.active ? t('users.active') : t('users.suspended')}</td>
      <td className="text-nowrap">{user.lastLoginAt ? format.dateTime(user.lastLoginAt) : t('users.never')}</td>
      <td>
        <div className="d-flex flex-wrap gap-1">
          {editing ? (
            <>
              <button type="button" className="btn btn-primary btn-xs" disabled={submit.busy} onClick={() => void patch({ roles }, t('users.rolesSaved', { username: user.username }))}>
                {t('common.save')}
              </button>
              <button type="button" className="btn btn-outline-secondary btn-xs" onClick={() => setEditing(false)}>
                {t('common.cancel')}
              </button>
            </>
          ) : (
            <button type="button" className="btn btn-outline-primary btn-xs" onClick={() => setEditing(true)} aria-label={t('users.editRolesOf', { username: user.username })}>
              {t('users.editRoles')}
            </button>
          )}
          <button
            type="button"
            className="btn btn-outline-secondary btn-xs"
            disabled={submit.busy}
            onClick={() => void patch({ active: !user.active }, t(user.active ? 'users.suspendedMessage' : 'users.reactivatedMessage', { username: user.username }))}
            aria-label={t(user.active ? 'users.suspendOf' : 'users.reactivateOf', { username: user.username })}
          >
            {user.active ? t('users.suspend') : t('users.reactivate')}
          </button>
        </div>
      </td>
    </tr>
  );
}
