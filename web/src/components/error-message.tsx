import { commonMessages } from '../../../shared/messages/common';
import type { ApiError } from '../api/api-error';
import { useMessages } from '../i18n/i18n';

/**
 * The one display of a failed request: the API's own message (already in the user's language),
 * with a retry where that may help. Nothing while there is no error, so a screen passes its
 * query's or mutation's `error` as it is.
 */
export function ErrorMessage({
  error,
  onRetry,
}: {
  error: ApiError | null | undefined;
  onRetry?: () => void;
}) {
  const m = useMessages(commonMessages);
  if (!error) return null;
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
