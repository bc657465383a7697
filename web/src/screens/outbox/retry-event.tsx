import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { outboxMessages } from '../../../../shared/messages/web/outbox';
import { api, ok } from '../../api/client';
import { agencyKey } from '../../api/queries';
import { useAgency } from '../../app/agency';
import { ErrorMessage } from '../../components/error-message';
import { useMessages } from '../../i18n/i18n';

/** Puts a failed event back in line, asking why, for the record. */
export function RetryEvent(props: { eventId: string; what: string; onRetried: () => void }) {
  const { eventId, what } = props;
  const m = useMessages(outboxMessages).failed;
  const { agency } = useAgency();
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState('');
  const queryClient = useQueryClient();
  const retry = useMutation({
    mutationFn: () =>
      ok(
        api.agencies[':agencyId'].outbox.failed[':eventId'].retry.$post({
          param: { agencyId: agency.id, eventId },
          json: { reason },
        }),
      ),
    // The event leaves the list; the agency's record gains the retry.
    onSuccess: () => {
      props.onRetried();
      void queryClient.invalidateQueries({ queryKey: agencyKey(agency.id) });
    },
  });
  if (!confirming) {
    return (
      <button
        type="button"
        className="secondary small"
        aria-label={m.retryEvent(what)}
        onClick={() => setConfirming(true)}
      >
        {m.retry}
      </button>
    );
  }
  return (
    <form
      className="retry-event"
      onSubmit={(event) => {
        event.preventDefault();
        retry.mutate();
      }}
    >
      <label htmlFor={`${id}-reason`}>{m.reason}</label>
      <input
        id={`${id}-reason`}
        value={reason}
        required
        maxLength={500}
        onChange={(e) => setReason(e.target.value)}
      />
      <div className="button-row">
        <button type="submit" className="small" disabled={retry.isPending}>
          {m.confirm}
        </button>
        <button type="button" className="secondary small" onClick={() => setConfirming(false)}>
          {m.cancel}
        </button>
      </div>
      <ErrorMessage error={retry.error} />
    </form>
  );
}
