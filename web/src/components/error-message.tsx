import type { ApiError } from '../api/api-error';
import { commonMessages } from '../i18n/common-messages';
import { useMessages } from '../i18n/i18n';

/** The API's own message (already in the user's language), with a retry where that may help. */
export function ErrorMessage({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const m = useMessages(commonMessages);
  const message = error.status === 0 ? m.networkError : error.message;
  return (
    <div className="alert error" role="alert">
      <p>{message}</p>
      {onRetry && (error.status === 0 || error.status >= 500) && (
        <button type="button" className="secondary small" onClick={onRetry}>
          {m.retry}
        </button>
      )}
    </div>
  );
}
