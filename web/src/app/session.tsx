import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { TUser } from '../../../shared/model/organisation';
import { api, ok, unauthenticatedEvent } from '../api/client';
import { readToken, writeToken } from '../api/token';

type TSession = {
  user: TUser | null;
  /** True until a stored token has been checked against /api/me. */
  checking: boolean;
  signIn: (token: string, user: TUser) => void;
  signOut: () => void;
};

const SessionContext = createContext<TSession>({
  user: null,
  checking: false,
  signIn: () => {},
  signOut: () => {},
});

/** Who is signed in: the stored token is confirmed with /api/me once on load. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<TUser | null>(null);
  const [checking, setChecking] = useState(() => readToken() !== null);

  useEffect(() => {
    if (!readToken()) return;
    ok(api.me.$get())
      .then((body) => setUser(body.user))
      .catch(() => writeToken(null))
      .finally(() => setChecking(false));
  }, []);

  const signOut = useCallback(() => {
    writeToken(null);
    setUser(null);
  }, []);

  useEffect(() => {
    window.addEventListener(unauthenticatedEvent, signOut);
    return () => window.removeEventListener(unauthenticatedEvent, signOut);
  }, [signOut]);

  const signIn = useCallback((token: string, next: TUser) => {
    writeToken(token);
    setUser(next);
  }, []);

  const value = useMemo(() => ({ user, checking, signIn, signOut }), [user, checking, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export const useSession = (): TSession => useContext(SessionContext);

/** The signed-in user; screens behind the sign-in gate may rely on it. */
export function useUser(): TUser {
  const { user } = useSession();
  if (!user) throw new Error('useUser outside the signed-in shell');
  return user;
}
