import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { settingsMessages } from '../../../../shared/messages/web/settings';
import type { TUser } from '../../../../shared/model/organisation';
import { api, ok } from '../../api/client';
import { queries } from '../../api/queries';
import { useAgency } from '../../app/agency';
import { ErrorMessage } from '../../components/error-message';
import { useMessages } from '../../i18n/i18n';

/**
 * Disables a colleague (asking why, for the record) or enables them again. Their sessions end at
 * their next request; on AWS the sign-in service disables their account too.
 */
export function UserAccess({ user }: { user: TUser }) {
  const m = useMessages(settingsMessages).users;
  const { agency } = useAgency();
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState('');
  const queryClient = useQueryClient();
  const change = useMutation({
    mutationFn: (access: 'disable' | 'enable') =>
      ok(
        api.agencies[':agencyId'].users[':userId'][':access'].$post({
          param: { agencyId: agency.id, userId: user.id, access },
          json: { reason: reason.trim() || undefined },
        }),
      ),
    onSuccess: () => {
      setConfirming(false);
      setReason('');
      void queryClient.invalidateQueries({ queryKey: queries.users(agency.id).queryKey });
    },
  });
  if (user.disabled) {
    return (
      <>
        <button
          type="button"
          className="link-button"
          aria-label={m.enableUser(user.name)}
          disabled={change.isPending}
          onClick={() => change.mutate('enable')}
        >
          {m.enable}
        </button>
        <ErrorMessage error={change.error} />
      </>
    );
  }
  if (!confirming) {
    return (
      <button
        type="button"
        className="link-button"
        aria-label={m.disableUser(user.name)}
        onClick={() => setConfirming(true)}
      >
        {m.disable}
      </button>
    );
  }
  return (
    <form
      className="user-access"
      onSubmit={(event) => {
        event.preventDefault();
        change.mutate('disable');
      }}
    >
      <label htmlFor={`${id}-reason`}>{m.disableReason(user.name)}</label>
      <input id={`${id}-reason`} value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />
      <div className="button-row">
        <button type="submit" className="danger small" disabled={change.isPending}>
          {m.disable}
        </button>
        <button type="button" className="secondary small" onClick={() => setConfirming(false)}>
          {m.cancel}
        </button>
      </div>
      <ErrorMessage error={change.error} />
    </form>
  );
}
