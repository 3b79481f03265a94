import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router-dom';
import { api } from '../api/client';
import { API_BASE, ApiError } from '../api/http';
import type { Providers } from '../api/types';
import { TextField } from '../components/form/TextField';
import { SubmitButton } from '../components/form/SubmitButton';
import { Icon } from '../components/Icon';
import { Page } from '../components/Page';
import { useProblemText } from '../components/ProblemAlert';
import { useSession } from '../session/SessionContext';

/** Only paths of this site are followed after sign-in (no open redirect). */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/accesso') ? next : '/';
}

export function SignInPage() {
  const { t } = useTranslation();
  const { me, signIn, expired } = useSession();
  const [params] = useSearchParams();
  const problemText = useProblemText();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ message: string; fields: Record<string, string> } | null>(null);
  const [providers, setProviders] = useState<Providers | null>(null);
  const usernameInput = useRef<HTMLInputElement>(null);
  const alertBox = useRef<HTMLDivElement>(null);

  useEffect(() => {
    usernameInput.current?.focus();
    api.auth.providers().then(setProviders, () => setProviders(null));
  }, []);

  useEffect(() => {
    if (failure) alertBox.current?.focus();
  }, [failure]);

  if (me) return <Navigate to={safeNext(params.get('next'))} replace />;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (!username.trim()) fields.username = t('signIn.usernameRequired');
    if (!password) fields.password = t('signIn.passwordRequired');
    if (Object.keys(fields).length) {
      setFailure({ message: t('signIn.fixFields'), fields });
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      await signIn(username.trim(), password);
    } catch (error) {
      const apiFields = error instanceof ApiError ? Object.fromEntries(error.errors.map((e) => [e.field, e.detail])) : {};
      setFailure({ message: problemText(error), fields: apiFields });
      setPassword('');
    } finally {
      setBusy(false);
    }
  }

  return (
    <Page title={t('signIn.title')} centered>
      <div className="row justify-content-center">
        <div className="col-12 col-md-8 col-lg-6">
          <div className="card shadow-sm sign-in-card">
            <div className="card-body p-4">
              <p className="mb-4">{t('signIn.intro')}</p>
              {expired && !failure && (
                <div className="alert alert-info" role="status">
                  {t('signIn.expired')}
                </div>
              )}
              {failure && (
                <div ref={alertBox} tabIndex={-1} className="alert alert-danger" role="alert">
                  {failure.message}
                </div>
              )}
              <form onSubmit={submit} noValidate>
                <TextField
                  id="username"
                  inputRef={usernameInput}
                  label={t('signIn.username')}
                  value={username}
                  onChange={setUsername}
                  autoComplete="username"
                  autoCapitalize="none"
                  spellCheck={false}
                  required
                  error={failure?.fields.username}
                />
                <TextField
                  id="password"
                  type="password"
                  label={t('signIn.password')}
                  value={password}
                  onChange={setPassword}
                  autoComplete="current-password"
                  required
                  error={failure?.fields.password}
                />
                <SubmitButton busy={busy} busyLabel={t('signIn.signingIn')}>
                  {t('signIn.submit')}
                </SubmitButton>
              </form>
              {providers?.oidc && (
                <div className="mt-4 pt-3 border-top">
                  <a className="btn btn-outline-primary" href={`${API_BASE}/auth/oidc`}>
                    <Icon name="key" size="sm" className="icon-primary me-2" />
                    {t('signIn.sso')}
                  </a>
                </div>
              )}
            </div>
          </div>
        </div>
      </div>
    </Page>
  );
}
