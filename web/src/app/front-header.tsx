import { commonMessages } from '../../../shared/messages/common';
import type { TUser } from '../../../shared/model/organisation';
import { useMessages } from '../i18n/i18n';
import { LanguageSwitch, WhoAndSignOut } from './shell';

/** The front door's header for those who read across agencies: who is signed in, the language, signing out. */
export function FrontHeader({ user }: { user: TUser }) {
  const common = useMessages(commonMessages);
  return (
    <header className="app-header">
      <div className="brand">
        <span className="brand-name">{common.appName}</span>
      </div>
      <div className="account">
        <LanguageSwitch />
        <WhoAndSignOut user={user} />
      </div>
    </header>
  );
}
