import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { TextField } from '../../../components/form/TextField';
import { Loading } from '../../../components/Loading';
import { Page } from '../../../components/Page';
import { Pagination } from '../../../components/Pagination';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { Section } from '../../../components/Section';
import { StatusMessage } from '../../../components/StatusMessage';
import { useAsync } from '../../../hooks/useAsync';
import { useDebouncedValue } from '../../../hooks/useDebouncedValue';
import { NewUserForm } from './NewUserForm';
import { UserRow } from './UserRow';

const PAGE_SIZE = 25;

/** Accounts of the organization (hr, admin): who may sign in and with which roles. */
export function UsersPage() {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const q = useDebouncedValue(text.trim(), 300);
  const [page, setPage] = useState(1);
  const [status, setStatus] = useState('');
  const [creating, setCreating] = useState(false);
  const users = useAsync(() => api.users.list({ q: q || undefined, page, pageSize: PAGE_SIZE }), [q, page]);

  return (
    <Page title={t('users.title')} trail={[]} lead={t('users.lead')}>
      <StatusMessage className="mb-2">{status}</StatusMessage>
      {!creating && (
        <div className="mb-3">
          <button type="button" className="btn btn-primary" onClick={() => setCreating(true)}>
            {t('users.new')}
          </button>
        </div>
      )}
      {creating && (
        <Section
          id="new-user"
          title={t('users.newTitle')}
          actions={
            <button type="button" className="btn btn-outline-secondary btn-sm" onClick={() => setCreating(false)}>
              {t('common.close')}
            </button>
          }
        >
          <NewUserForm
            onSaved={(username) => {
              setStatus(t('users.created', { username }));
              setCreating(false);
              users.reload();
            }}
          />
        </Section>
      )}
      <Section id="user-list" title={t('users.listTitle')}>
        <div className="row">
          <div className="col-12 col-md-6">
            <TextField
              id="user-search"
              type="search"
              label={t('users.search')}
              value={text}
              onChange={(v) => {
                setText(v);
                setPage(1);
              }}
            />
          </div>
        </div>
        <ProblemAlert error={users.error} />
        {users.loading && !users.data && <Loading />}
        {users.data && (
          <>
            <StatusMessage className="mb-2">{t('users.found', { count: users.data.total })}</StatusMessage>
            <div className="table-responsive">
              <table className="table align-middle">
                <caption className="visually-hidden">{t('users.listTitle')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('users.username')}</th>
                    <th scope="col">{t('users.employee')}</th>
                    <th scope="col">{t('users.roles')}</th>
                    <th scope="col">{t('users.state')}</th>
                    <th scope="col">{t('users.lastLogin')}</th>
                    <th scope="col">{t('users.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {users.data.items.map((user) => (
                    <UserRow
                      key={`${user.id}-${user.active}-${user.roles.join()}`}
                      user={user}
                      onChanged={(_saved, message) => {
                        setStatus(message);
                        users.reload();
                      }}
                    />
                  ))}
                </tbody>
              </table>
            </div>
            <Pagination page={page} pageSize={PAGE_SIZE} total={users.data.total} onPage={setPage} label={t('users.pagination')} />
          </>
        )}
      </Section>
    </Page>
  );
}
