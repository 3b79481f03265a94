import { createContext, useContext } from 'react';
import type { Me } from '../api/types';

export interface Session {
  /** The signed-in user, null when signed out, undefined while the first /me is pending. */
  me: Me | null | undefined;
  signIn(username: string, password: string): Promise<Me>;
  signOut(): Promise<void>;
  /** True when the last signed-in page met a 401: the sign-in page explains it. */
  expired: boolean;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** The signed-in user, for pages that are only rendered behind RequireSession. */
export function useMe() {
  const { me } = useSession();
  if (!me) throw new Error('useMe outside a signed-in page');
  return me;
}
