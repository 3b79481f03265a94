import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router-dom';
import { Loading } from '../components/Loading';
import { Page } from '../components/Page';
import { can, type Capability } from './roles';
import { useSession } from './SessionContext';

/** Signed-in pages: while /me is pending a spinner, when signed out the sign-in page (coming back here after). */
export function RequireSession({ children }: { children: ReactNode }) {
  const { me } = useSession();
  const location = useLocation();
  if (me === undefined) return <Loading />;
  if (me === null) return <Navigate to={`/accesso?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  return children;
}

/** Pages of a capability: others get an explanation instead of an empty page. */
export function RequireAccess({ capability, children }: { capability: Capability; children: ReactNode }) {
  const { t } = useTranslation();
  const { me } = useSession();
  return (
    <RequireSession>
      {can(me ?? null, capability) ? (
        children
      ) : (
        <Page title={t('errors.forbiddenTitle')}>
          <div className="alert alert-warning" role="alert">
            {t('errors.forbiddenPage')}
          </div>
        </Page>
      )}
    </RequireSession>
  );
}

/** Pages about one's own agile work: they need an employee record behind the account. */
export function RequireEmployee({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { me } = useSession();
  return (
    <RequireSession>
      {me?.user.employeeId ? (
        children
      ) : (
        <Page title={t('errors.forbiddenTitle')}>
          <div className="alert alert-warning" role="alert">
            {t('errors.noEmployeeRecord')}
          </div>
        </Page>
      )}
    </RequireSession>
  );
}
