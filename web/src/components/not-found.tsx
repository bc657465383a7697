import { commonMessages } from '../../../shared/messages/common';
import { Link } from '../app/router';
import { useMessages } from '../i18n/i18n';

export function NotFound() {
  const m = useMessages(commonMessages);
  return (
    <div className="page narrow">
      <h1>{m.notFound}</h1>
      <Link to="/">{m.toDashboard}</Link>
    </div>
  );
}
