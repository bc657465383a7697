import { useState } from 'react';
import type { TUser } from '../../../../shared/model/organisation';
import { ApiError } from '../../api/api-error';
import { api, ok } from '../../api/client';
import { useResource } from '../../api/use-resource';
import { useSession } from '../../app/session';
import { ErrorMessage } from '../../components/error-message';
import { Loading } from '../../components/loading';
import { commonMessages } from '../../i18n/common-messages';
import { useMessages } from '../../i18n/i18n';
import { signInMessages } from './sign-in-messages';

/** Local mode: pick one of the seeded users; the API issues a token with the claims Cognito would. */
export function DevSignIn() {
  const m = useMessages(signInMessages);
  const common = useMessages(commonMessages);
  const { signIn } = useSession();
  const users = useResource('dev-users', () => ok(api.dev.users.$get()));
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const choose = async (user: TUser) => {
    setBusy(user.id);
    setError(null);
    try {
      const session = await ok(api.dev['sign-in'].$post({ json: { userId: user.id } }));
      signIn(session.token, session.user);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'CLIENT', String(caught)));
      setBusy(null);
    }
  };

  return (
    <>
      <div className="alert warning dev-banner" role="note">
        <strong>{m.devBadge}</strong> {m.devExplanation}
      </div>
      {users.error ? (
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
    </>
  );
}
