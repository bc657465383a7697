import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { TLocale } from '../../../../shared/i18n';
import { commonMessages } from '../../../../shared/messages/common';
import { signInMessages } from '../../../../shared/messages/web/sign-in';
import type { TUser } from '../../../../shared/model/organisation';
import { seedUnits, seedUsers } from '../../../../shared/seed/organisation';
import { api, ok } from '../../api/client';
import { unitName } from '../../app/agency';
import { useSession } from '../../app/session';
import { ErrorMessage } from '../../components/error-message';
import { useLanguage, useMessages } from '../../i18n/i18n';

/** A demo person as the list describes them: their roles, their unit by its name, or the whole region. */
export function demoUserRole(user: TUser, lang: TLocale): string {
  return [
    user.roles.map((role) => commonMessages[lang].roles[role]).join(', '),
    user.unitId && unitName(Object.values(seedUnits), user.unitId),
    !user.agencyId && user.regionId ? signInMessages[lang].region : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
}

/**
 * Local mode: sign in as one of the demo people, or as anyone else by their user id; the API
 * issues a token with the claims Cognito would. The list of every user is for signed-in users
 * only, so the demo people come with the app.
 */
export function DevSignIn() {
  const m = useMessages(signInMessages);
  const common = useMessages(commonMessages);
  const { lang } = useLanguage();
  const { signIn } = useSession();
  const [otherId, setOtherId] = useState('');
  const choose = useMutation({
    mutationFn: (userId: string) => ok(api.dev['sign-in'].$post({ json: { userId } })),
    onSuccess: (session) => signIn(session.token, session.user),
  });
  // Until the signed-in app replaces this page, the chosen user stays marked.
  const busy = choose.isPending || choose.isSuccess ? choose.variables : null;
  const chooseOther = (event: FormEvent) => {
    event.preventDefault();
    if (otherId.trim()) choose.mutate(otherId.trim());
  };

  return (
    <>
      <div className="alert warning dev-banner" role="note">
        <strong>{m.devBadge}</strong> {m.devExplanation}
      </div>
      <ul className="user-list">
        {seedUsers.map((user) => (
          <li key={user.id}>
            <button
              type="button"
              className="user-choice"
              onClick={() => choose.mutate(user.id)}
              disabled={busy != null}
              aria-describedby={`user-${user.id}-role`}
              data-user-id={user.id}
            >
              <span className="user-name">{user.name}</span>
              <span className="user-role" id={`user-${user.id}-role`}>
                {demoUserRole(user, lang)}
              </span>
              {busy === user.id && <span className="user-busy">{common.loading}</span>}
            </button>
          </li>
        ))}
      </ul>
      <form className="field other-user" onSubmit={chooseOther}>
        <label htmlFor="other-user-id">{m.otherUser}</label>
        <span className="field-hint">{m.otherUserHint}</span>
        <div className="button-row">
          <input
            id="other-user-id"
            value={otherId}
            autoComplete="off"
            onChange={(event) => setOtherId(event.target.value)}
          />
          <button type="submit" className="secondary" disabled={busy != null || !otherId.trim()}>
            {m.otherUserButton}
          </button>
        </div>
      </form>
      <ErrorMessage error={choose.error} />
    </>
  );
}
