import { lazy, Suspense } from 'react';
import { Loading } from '../components/loading';
import { LanguageProvider } from '../i18n/i18n';
import { SessionProvider, useSession } from './session';
import { SignedInApp } from './signed-in-app';

const SignInScreen = lazy(() => import('../screens/sign-in/sign-in-screen'));

/** The whole app: language, then session, then either the sign-in or the signed-in shell. */
export function App() {
  return (
    <LanguageProvider>
      <SessionProvider>
        <Gate />
      </SessionProvider>
    </LanguageProvider>
  );
}

function Gate() {
  const { user, checking } = useSession();
  if (checking) return <Loading />;
  if (!user)
    return (
      <Suspense fallback={<Loading />}>
        <SignInScreen />
      </Suspense>
    );
  return <SignedInApp user={user} />;
}
