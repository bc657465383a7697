import { useMutation, useQueryClient } from '@tanstack/react-query';
import { outboxMessages } from '../../../../shared/messages/web/outbox';
import type { TOutboxScope } from '../../../../shared/model/outbox';
import { api, ok } from '../../api/client';
import { scopeKey } from '../../api/queries';
import { ConfirmWithReason } from '../../components/confirm-with-reason';
import { useMessages } from '../../i18n/i18n';

/** Puts a failed event of an agency or of the region back in line, asking why, for the record. */
export function RetryEvent(props: {
  scope: TOutboxScope;
  eventId: string;
  what: string;
  onRetried: () => void;
}) {
  const { scope, eventId, what } = props;
  const m = useMessages(outboxMessages).failed;
  const queryClient = useQueryClient();
  const retry = useMutation({
    mutationFn: (reason: string) =>
      scope.scope === 'region'
        ? ok(
            api.regions[':regionId'].outbox.failed[':eventId'].retry.$post({
              param: { regionId: scope.regionId, eventId },
              json: { reason },
            }),
          )
        : ok(
            api.agencies[':agencyId'].outbox.failed[':eventId'].retry.$post({
              param: { agencyId: scope.agencyId, eventId },
              json: { reason },
            }),
          ),
    // The event leaves the list; the agency's or region's record gains the retry.
    onSuccess: () => {
      props.onRetried();
      void queryClient.invalidateQueries({ queryKey: scopeKey(scope) });
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
