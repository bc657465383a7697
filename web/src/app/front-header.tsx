import { commonMessages } from '../../../shared/messages/common';
import type { TUser } from '../../../shared/model/organisation';
import { useMessages } from '../i18n/i18n';
import { useSession } from './session';
import { LanguageSwitch } from './shell';

/** The front door's header for those who read across agencies: who is signed in, the language, signing out. */
export function FrontHeader({ user }: { user: TUser }) {
  const common = useMessages(commonMessages);
  const { signOut } = useSession();
  return (
    <header className="app-header">
      <div className="brand">
        <span className="brand-name">{common.appName}</span>
      </div>
      <div className="account">
        <LanguageSwitch />
        <span className="who" title={user.email}>
          {user.name} · {user.roles.map((role) => common.roles[role]).join(', ')}
        </span>
        <button type="button" className="secondary small" onClick={signOut}>
          {common.signOut}
        </button>
      </div>
    </header>
  );
}
