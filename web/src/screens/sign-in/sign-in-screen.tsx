import { useState } from 'react';
import { commonMessages } from '../../../../shared/messages/common';
import { signInMessages } from '../../../../shared/messages/web/sign-in';
import { useTitle } from '../../app/router';
import { useSession } from '../../app/session';
import { LanguageSwitch } from '../../app/shell';
import { useMessages } from '../../i18n/i18n';
import { DevSignIn } from './dev-sign-in';

/**
 * Sign-in as the server says (GET /api/config): on AWS the Cognito hosted sign-in, locally the
 * clearly marked development sign-in with the seeded users. The page keeps its address, so a
 * link from an e-mail opens its screen once signed in; the page another person left on the tab
 * sends whoever else signs in to their own home (app/left-page.ts).
 */
export default function SignInScreen() {
  const m = useMessages(signInMessages);
  const common = useMessages(commonMessages);
  const { config, signInError, sessionEnded } = useSession();
  useTitle(m.title);
  return (
    <main className="page narrow sign-in" id="main">
      <div className="sign-in-head">
        <div>
          <p className="brand-name">{common.appName}</p>
          <p className="subtitle">{common.tagline}</p>
        </div>
        <LanguageSwitch />
      </div>
      <h1>{m.title}</h1>
      {sessionEnded && !signInError && (
        <div className="alert warning" role="status">
          <p>{m.sessionEnded}</p>
        </div>
      )}
      {signInError && (
        <div className="alert error" role="alert">
          <p>
            {m.failed}: {signInError.message}
          </p>
        </div>
      )}
      {config?.authMode === 'cognito' ? <CognitoSignIn /> : <DevSignIn />}
    </main>
  );
}

function CognitoSignIn() {
  const m = useMessages(signInMessages);
  const { startSignIn } = useSession();
  const [leaving, setLeaving] = useState(false);
  return (
    <div className="card">
      <p>{m.cognitoHint}</p>
      <button
        type="button"
        disabled={leaving}
        onClick={() => {
          setLeaving(true);
          startSignIn();
        }}
      >
        {m.cognitoButton}
      </button>
    </div>
  );
}
