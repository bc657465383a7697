import { useMutation, useQueryClient } from '@tanstack/react-query';
import { outboxMessages } from '../../../../shared/messages/web/outbox';
import { api, ok } from '../../api/client';
import { agencyKey } from '../../api/queries';
import { useAgency } from '../../app/agency';
import { ConfirmWithReason } from '../../components/confirm-with-reason';
import { useMessages } from '../../i18n/i18n';

/** Puts a failed event back in line, asking why, for the record. */
export function RetryEvent(props: { eventId: string; what: string; onRetried: () => void }) {
  const { eventId, what } = props;
  const m = useMessages(outboxMessages).failed;
  const { agency } = useAgency();
  const queryClient = useQueryClient();
  const retry = useMutation({
    mutationFn: (reason: string) =>
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
  return (
    <ConfirmWithReason
      open={{ text: m.retry, label: m.retryEvent(what), className: 'secondary small' }}
      reason={{ label: m.reason, required: true }}
      confirm={{ text: m.confirm, className: 'small' }}
      cancel={m.cancel}
      mutation={retry}
    />
  );
}
