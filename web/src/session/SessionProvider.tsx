import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api } from '../api/client';
import { onSessionExpired, setCsrfToken } from '../api/http';
import type { Me } from '../api/types';
import { SessionContext, type Session } from './SessionContext';

const ORGANIZATION_NAME_KEY = 'agilepa.organizationName';

/** The organization last signed in to on this browser, shown in the header before sign-in. */
export function rememberedOrganizationName(): string | null {
  return localStorage.getItem(ORGANIZATION_NAME_KEY);
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const [expired, setExpired] = useState(false);

  const adopt = useCallback((next: Me | null) => {
    setCsrfToken(next?.csrfToken ?? null);
    if (next) localStorage.setItem(ORGANIZATION_NAME_KEY, next.organization.name);
    setMe(next);
  }, []);

  useEffect(() => {
    let cancelled = false;
    api.auth
      .me()
      .then((found) => !cancelled && adopt(found))
      .catch(async () => {
        // Signed out: the server names the organization when it serves only one.
        const providers = await api.auth.providers().catch(() => null);
        if (providers?.organizationName) localStorage.setItem(ORGANIZATION_NAME_KEY, providers.organizationName);
        if (!cancelled) adopt(null);
      });
    onSessionExpired(() => {
      setExpired(true);
      adopt(null);
    });
    return () => {
      cancelled = true;
      onSessionExpired(null);
    };
  }, [adopt]);

  const signIn = useCallback(
    async (username: string, password: string) => {
      const signedIn = await api.auth.login(username, password);
      setExpired(false);
      adopt(signedIn);
      return signedIn;
    },
    [adopt],
  );

  const signOut = useCallback(async () => {
    try {
      await api.auth.logout();
    } finally {
      adopt(null);
    }
  }, [adopt]);

  const session = useMemo<Session>(() => ({ me, signIn, signOut, expired }), [me, signIn, signOut, expired]);
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}
