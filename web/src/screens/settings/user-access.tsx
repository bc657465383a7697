import { useMutation, useQueryClient } from '@tanstack/react-query';
import { settingsMessages } from '../../../../shared/messages/web/settings';
import type { TUser } from '../../../../shared/model/organisation';
import { api, ok } from '../../api/client';
import { queries } from '../../api/queries';
import { useAgency } from '../../app/agency';
import { ConfirmWithReason } from '../../components/confirm-with-reason';
import { ErrorMessage } from '../../components/error-message';
import { useMessages } from '../../i18n/i18n';

/**
 * Disables a colleague (asking why, for the record) or enables them again. Their sessions end at
 * their next request; on AWS the sign-in service disables their account too.
 */
export function UserAccess({ user }: { user: TUser }) {
  const m = useMessages(settingsMessages).users;
  const { agency } = useAgency();
  const queryClient = useQueryClient();
  const change = useMutation({
    mutationFn: (reason: string) =>
      ok(
        api.agencies[':agencyId'].users[':userId'][':access'].$post({
          param: { agencyId: agency.id, userId: user.id, access: user.disabled ? 'enable' : 'disable' },
          json: { reason: reason.trim() || undefined },
        }),
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queries.users(agency.id).queryKey }),
  });
  if (user.disabled) {
    return (
      <>
        <button
          type="button"
          className="link-button"
          aria-label={m.enableUser(user.name)}
          disabled={change.isPending}
          onClick={() => change.mutate('')}
        >
          {m.enable}
        </button>
        <ErrorMessage error={change.error} />
      </>
    );
  }
  return (
    <ConfirmWithReason
      open={{ text: m.disable, label: m.disableUser(user.name), className: 'link-button' }}
      reason={{ label: m.disableReason(user.name) }}
      confirm={{ text: m.disable, className: 'danger small' }}
      cancel={m.cancel}
      mutation={change}
    />
  );
}
