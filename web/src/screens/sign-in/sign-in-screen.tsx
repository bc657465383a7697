import { useState } from 'react';
import type { TUser } from '../../../../shared/model/organisation';
import type { ApiError } from '../../api/api-error';
import { api, ok } from '../../api/client';
import { useResource } from '../../api/use-resource';
import { useTitle } from '../../app/router';
import { useSession } from '../../app/session';
import { LanguageSwitch, localModeKey } from '../../app/shell';
import { ErrorMessage } from '../../components/error-message';
import { Loading } from '../../components/loading';
import { commonMessages } from '../../i18n/common-messages';
import { useMessages } from '../../i18n/i18n';
import { signInMessages } from './sign-in-messages';

/**
 * Development sign-in: pick one of the seeded users. The API offers it only in local mode; on
 * AWS the same tokens come from Cognito's hosted sign-in.
 */
export default function SignInScreen() {
  const m = useMessages(signInMessages);
  const common = useMessages(commonMessages);
  const { signIn } = useSession();
  useTitle(m.title);
  const users = useResource('dev-users', () => ok(api.dev.users.$get()));
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const choose = async (user: TUser) => {
    setBusy(user.id);
    setError(null);
    try {
      const session = await ok(api.dev['sign-in'].$post({ json: { userId: user.id } }));
      // Only local mode has a development sign-in, and only local mode has an outbox to show.
      localStorage.setItem(localModeKey, '1');
      signIn(session.token, session.user);
    } catch (caught) {
      setError(caught as ApiError);
      setBusy(null);
    }
  };

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
      <div className="alert warning dev-banner" role="note">
        <strong>{m.devBadge}</strong> {m.devExplanation}
      </div>
      {users.error?.status === 404 ? (
        <p>{m.notLocal}</p>
      ) : users.error ? (
        <ErrorMessage error={users.error} onRetry={users.reload} />
      ) : !users.data ? (
        <Loading />
      ) : (
        <ul className="user-list">
          {users.data.users.map((user) => (
            <li key={user.id}>
              <button
                type="button"
                className="user-choice"
                onClick={() => choose(user)}
                disabled={busy !== null}
                aria-describedby={`user-${user.id}-role`}
                data-user-id={user.id}
              >
                <span className="user-name">{user.name}</span>
                <span className="user-role" id={`user-${user.id}-role`}>
                  {user.roles.map((role) => common.roles[role]).join(', ')}
                  {user.unitId ? ` · ${user.unitId}` : ''}
                  {!user.agencyId && user.regionId ? ` · ${m.region}` : ''}
                </span>
                {busy === user.id && <span className="user-busy">{common.loading}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && <ErrorMessage error={error} />}
    </main>
  );
}
