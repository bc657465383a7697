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
import { ApiError } from '../api/api-error';
import { api, ok, type TSuccessBody, unauthenticatedEvent } from '../api/client';
import { readToken, writeToken } from '../api/token';
import { forget } from '../api/use-resource';
import { cognitoSignOut, completeCognitoSignIn, isCallback, startCognitoSignIn } from '../auth/cognito';
import { currentLanguage } from '../i18n/language';
import { navigate } from './router';

/** How this server signs people in (development sign-in or Cognito) and whether local tools exist. */
export type TClientConfig = TSuccessBody<Awaited<ReturnType<typeof api.config.$get>>>;

type TSession = {
  config: TClientConfig | null;
  configError: ApiError | null;
  retryConfig: () => void;
  user: TUser | null;
  /** True until a stored token (or the sign-in callback's code) has been checked. */
  checking: boolean;
  /** Why the last sign-in failed, for the sign-in page. */
  signInError: ApiError | null;
  /** Development sign-in: the API issued the token. */
  signIn: (token: string, user: TUser) => void;
  /** Cognito: off to the hosted sign-in, back to the page the user is on. */
  startSignIn: () => void;
  signOut: () => void;
};

const SessionContext = createContext<TSession | null>(null);

let started: { config: Promise<TClientConfig>; me: Promise<{ user: TUser }> | null } | null = null;
const quiet = <T,>(promise: Promise<T>) => {
  promise.catch(() => {}); // handled where the session reads it
  return promise;
};

/** The session's first requests, started before React renders (main.tsx) so that they overlap it. */
export function startSession() {
  started ??= {
    config: quiet(ok(api.config.$get())),
    me: !isCallback() && readToken() ? quiet(ok(api.me.$get())) : null,
  };
  return started;
}

const asApiError = (error: unknown) =>
  error instanceof ApiError
    ? error
    : new ApiError(0, 'SIGN_IN', error instanceof Error ? error.message : String(error));

/** Who is signed in and how: /api/config and a stored token's /api/me are read in parallel on load. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [config, setConfig] = useState<TClientConfig | null>(null);
  const [configError, setConfigError] = useState<ApiError | null>(null);
  const [configNonce, setConfigNonce] = useState(0);
  const [user, setUser] = useState<TUser | null>(null);
  const [checking, setChecking] = useState(() => isCallback() || readToken() !== null);
  const [signInError, setSignInError] = useState<ApiError | null>(null);
  const callbackStarted = useRef(false);

  useEffect(() => {
    setConfigError(null);
    const request = configNonce === 0 ? startSession().config : ok(api.config.$get());
    request.then(setConfig, (error: unknown) => setConfigError(asApiError(error)));
  }, [configNonce]);

  useEffect(() => {
    const me = startSession().me;
    if (!me) return;
    me.then((body) => setUser(body.user))
      .catch(() => writeToken(null))
      .finally(() => setChecking(false));
  }, []);

  // Back from the hosted sign-in: trade the code for the ID token once (StrictMode runs effects twice).
  useEffect(() => {
    if (!config || !isCallback() || callbackStarted.current) return;
    callbackStarted.current = true;
    const cognito = config.cognito;
    const signInWithCode = async () => {
      if (!cognito) throw new ApiError(404, 'NOT_FOUND', 'Cognito sign-in is not configured');
      const { idToken, returnTo } = await completeCognitoSignIn(cognito);
      writeToken(idToken);
      setUser((await ok(api.me.$get())).user);
      navigate(returnTo, { replace: true });
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
    // Answers cached for one user are not another's (what waits on them, what they may read).
    forget('');
    setUser(null);
  }, []);
  useEffect(() => {
    window.addEventListener(unauthenticatedEvent, endSession);
    return () => window.removeEventListener(unauthenticatedEvent, endSession);
  }, [endSession]);

  const signOut = useCallback(() => {
    endSession();
    if (config?.authMode === 'cognito' && config.cognito) cognitoSignOut(config.cognito);
  }, [config, endSession]);

  const signIn = useCallback((token: string, next: TUser) => {
    writeToken(token);
    forget('');
    setSignInError(null);
    setUser(next);
  }, []);

  const startSignIn = useCallback(() => {
    if (!config?.cognito) return;
    const here = window.location.pathname + window.location.search;
    startCognitoSignIn(config.cognito, here, currentLanguage()).catch((error: unknown) =>
      setSignInError(asApiError(error)),
    );
  }, [config]);

  const retryConfig = useCallback(() => setConfigNonce((n) => n + 1), []);
  const value = useMemo(
    () => ({ config, configError, retryConfig, user, checking, signInError, signIn, startSignIn, signOut }),
    [config, configError, retryConfig, user, checking, signInError, signIn, startSignIn, signOut],
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
