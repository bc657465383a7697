import { QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { queryClient } from '../api/query-client';
import { ErrorMessage } from '../components/error-message';
import { Loading } from '../components/loading';
import { LanguageProvider } from '../i18n/i18n';
import { SessionProvider, useSession } from './session';
import { SignedInApp } from './signed-in-app';

const SignInScreen = lazy(() => import('../screens/sign-in/sign-in-screen'));

/** The whole app: server state, language, then session, then either the sign-in or the signed-in shell. */
export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <LanguageProvider>
        <SessionProvider>
          <Gate />
        </SessionProvider>
      </LanguageProvider>
    </QueryClientProvider>
  );
}

function Gate() {
  const { config, configError, retryConfig, user, checking, sessionError, retrySession } = useSession();
  if (configError || sessionError)
    return (
      <main className="page narrow">
        <ErrorMessage
          error={configError ?? sessionError}
          onRetry={configError ? retryConfig : retrySession}
        />
      </main>
    );
  if (!config || checking) return <Loading />;
  if (!user)
    return (
      <Suspense fallback={<Loading />}>
        <SignInScreen />
      </Suspense>
    );
  return <SignedInApp user={user} />;
}
