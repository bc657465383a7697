import { useQuery } from '@tanstack/react-query';
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { TUser } from '../../../shared/model/organisation';
import { ApiError, toApiError } from '../api/api-error';
import { api, ok, type TSuccessBody, unauthenticatedEvent } from '../api/client';
import { queries } from '../api/queries';
import { forgetUserData, queryClient } from '../api/query-client';
import { readToken, writeRenewal, writeToken } from '../api/token';
import { cognitoSignOut, completeCognitoSignIn, isCallback, startCognitoSignIn } from '../auth/cognito';
import { revokeRenewal } from '../auth/renewal';
import { forgetTypingOf } from '../form/typing-key';
import { currentLanguage } from '../i18n/language';
import { pageAfterSignIn, pageHere, rememberPageLeft, rememberSignedIn } from './left-page';
import { navigate } from './router';

/** How this server signs people in (development sign-in or Cognito) and whether local tools exist. */
type TClientConfig = TSuccessBody<Awaited<ReturnType<typeof api.config.$get>>>;

type TSession = {
  config: TClientConfig | null;
  configError: ApiError | null;
  retryConfig: () => void;
  user: TUser | null;
  /** True until a stored token (or the sign-in callback's code) has been checked. */
  checking: boolean;
  /** Why the last sign-in failed, for the sign-in page. */
  signInError: ApiError | null;
  /** The API stopped taking the session (expired, or the person disabled): the sign-in says so. */
  sessionEnded: boolean;
  /** Why a stored token could not be checked (the API busy or out of reach): it is kept, to retry. */
  sessionError: ApiError | null;
  retrySession: () => void;
  /** Development sign-in: the API issued the token. */
  signIn: (token: string, user: TUser) => void;
  /** Cognito: off to the hosted sign-in, back to the page the user is on. */
  startSignIn: () => void;
  signOut: () => void;
};

const SessionContext = createContext<TSession | null>(null);

let me: Promise<{ user: TUser }> | null | undefined;

/** The session's first requests, started before React renders (main.tsx) so that they overlap it. */
export function startSession() {
  void queryClient.prefetchQuery(queries.config());
  if (me === undefined) {
    me = !isCallback() && readToken() ? ok(api.me.$get()) : null;
    me?.catch(() => {}); // handled where the session reads it
  }
  return me;
}

const asApiError = (error: unknown) => toApiError(error, 'SIGN_IN');

/** Who is signed in and how: /api/config and a stored token's /api/me are read in parallel on load. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const configQuery = useQuery(queries.config());
  const config = configQuery.data ?? null;
  const [user, setUser] = useState<TUser | null>(null);
  const [checking, setChecking] = useState(() => isCallback() || readToken() !== null);
  const [signInError, setSignInError] = useState<ApiError | null>(null);
  const [sessionEnded, setSessionEnded] = useState(false);
  const callbackStarted = useRef(false);

  const [sessionError, setSessionError] = useState<ApiError | null>(null);
  // A stored token is forgotten only when the API refuses it: a busy or unreachable API (503, no
  // network) leaves the user signed in, with a retry, not back at the sign-in.
  const checkStored = useCallback((check: Promise<{ user: TUser }>) => {
    setChecking(true);
    setSessionError(null);
    check
      .then((body) => {
        rememberSignedIn(body.user.id);
        setUser(body.user);
      })
      .catch((error: unknown) => {
        const failure = asApiError(error);
        if (failure.status === 401) {
          writeToken(null);
          rememberPageLeft(pageHere());
        } else setSessionError(failure);
      })
      .finally(() => setChecking(false));
  }, []);
  useEffect(() => {
    const stored = startSession();
    if (stored) checkStored(stored);
  }, [checkStored]);
  const retrySession = useCallback(() => checkStored(ok(api.me.$get())), [checkStored]);

  // Back from the hosted sign-in: trade the code for the ID token once (StrictMode runs effects twice).
  useEffect(() => {
    if (!config || !isCallback() || callbackStarted.current) return;
    callbackStarted.current = true;
    const cognito = config.cognito;
    const signInWithCode = async () => {
      if (!cognito) throw new ApiError(404, 'NOT_FOUND', 'Cognito sign-in is not configured');
      const { idToken, refreshToken, returnTo } = await completeCognitoSignIn(cognito);
      writeToken(idToken);
      if (refreshToken) writeRenewal({ client: cognito, refreshToken });
      const { user: next } = await ok(api.me.$get());
      // Another person than the one who left the page goes to their own home.
      navigate(pageAfterSignIn(next.id, returnTo), { replace: true });
      rememberSignedIn(next.id);
      setUser(next);
    };
    signInWithCode()
      .catch((error: unknown) => {
        writeToken(null);
        setSignInError(asApiError(error));
        navigate('/', { replace: true });
      })
      .finally(() => setChecking(false));
  }, [config]);

  // The API no longer accepts the token (expired, or the user was removed): back to sign-in.
  const endSession = useCallback(() => {
    writeToken(null);
    rememberPageLeft(pageHere());
    // Answers cached for one user are not another's (what waits on them, what they may read).
    forgetUserData();
    setUser(null);
  }, []);
  useEffect(() => {
    const ended = () => {
      endSession();
      setSessionEnded(true);
    };
    window.addEventListener(unauthenticatedEvent, ended);
    return () => window.removeEventListener(unauthenticatedEvent, ended);
  }, [endSession]);

  const signOut = useCallback(() => {
    if (user) forgetTypingOf(user.id);
    revokeRenewal();
    endSession();
    if (config?.authMode === 'cognito' && config.cognito) cognitoSignOut(config.cognito);
  }, [config, endSession, user]);

  const signIn = useCallback((token: string, next: TUser) => {
    writeToken(token);
    forgetUserData();
    setSignInError(null);
    setSessionEnded(false);
    // Another person than the one who left the page goes to their own home.
    const page = pageAfterSignIn(next.id, pageHere());
    if (page !== pageHere()) navigate(page, { replace: true });
    rememberSignedIn(next.id);
    setUser(next);
  }, []);

  const startSignIn = useCallback(() => {
    if (!config?.cognito) return;
    const here = window.location.pathname + window.location.search;
    startCognitoSignIn(config.cognito, here, currentLanguage()).catch((error: unknown) =>
      setSignInError(asApiError(error)),
    );
  }, [config]);

  const configError = configQuery.error;
  const refetchConfig = configQuery.refetch;
  const retryConfig = useCallback(() => void refetchConfig(), [refetchConfig]);
  const value = useMemo(
    () => ({
      config,
      configError,
      retryConfig,
      user,
      checking,
      signInError,
      sessionEnded,
      sessionError,
      retrySession,
      signIn,
      startSignIn,
      signOut,
    }),
    [
      config,
      configError,
      retryConfig,
      user,
      checking,
      signInError,
      sessionEnded,
      sessionError,
      retrySession,
      signIn,
      startSignIn,
      signOut,
    ],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): TSession {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** The signed-in user; screens behind the sign-in gate may rely on it. */
export function useUser(): TUser {
  const { user } = useSession();
  if (!user) throw new Error('useUser outside the signed-in shell');
  return user;
}
