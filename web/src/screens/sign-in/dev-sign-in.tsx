import { useMutation, useQuery } from '@tanstack/react-query';
import type { TUser } from '../../../../shared/model/organisation';
import { api, ok } from '../../api/client';
import { queries } from '../../api/queries';
import { useSession } from '../../app/session';
import { ErrorMessage } from '../../components/error-message';
import { Loaded } from '../../components/loaded';
import { commonMessages } from '../../i18n/common-messages';
import { useMessages } from '../../i18n/i18n';
import { signInMessages } from './sign-in-messages';

/** Local mode: pick one of the seeded users; the API issues a token with the claims Cognito would. */
export function DevSignIn() {
  const m = useMessages(signInMessages);
  const common = useMessages(commonMessages);
  const { signIn } = useSession();
  const users = useQuery(queries.devUsers());
  const choose = useMutation({
    mutationFn: (user: TUser) => ok(api.dev['sign-in'].$post({ json: { userId: user.id } })),
    onSuccess: (session) => signIn(session.token, session.user),
  });
  // Until the signed-in app replaces this page, the chosen user stays marked.
  const busy = choose.isPending || choose.isSuccess ? choose.variables?.id : null;

  return (
    <>
      <div className="alert warning dev-banner" role="note">
        <strong>{m.devBadge}</strong> {m.devExplanation}
      </div>
      <Loaded query={users}>
        {(data) => (
          <ul className="user-list">
            {data.users.map((user) => (
              <li key={user.id}>
                <button
                  type="button"
                  className="user-choice"
                  onClick={() => choose.mutate(user)}
                  disabled={busy != null}
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
      </Loaded>
      <ErrorMessage error={choose.error} />
    </>
  );
}
