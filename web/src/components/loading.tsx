import { commonMessages } from '../../../shared/messages/common';
import { useMessages } from '../i18n/i18n';

/** A polite loading line: announced once, no spinner to animate on slow laptops. */
export function Loading() {
  const m = useMessages(commonMessages);
  return (
    <p className="loading" role="status">
      {m.loading}
    </p>
  );
}
