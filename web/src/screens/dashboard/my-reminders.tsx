import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { myTasksMessages } from '../../../../shared/messages/web/my-tasks';
import { api, ok } from '../../api/client';
import { useUser } from '../../app/session';
import { ErrorMessage } from '../../components/error-message';
import { useMessages } from '../../i18n/i18n';

/**
 * Whether the deadline reminders come to the signed-in person by e-mail, their own choice
 * (PUT /api/me): where the reminder's footer says it is turned off.
 */
export function MyReminders() {
  const m = useMessages(myTasksMessages);
  const user = useUser();
  const [off, setOff] = useState(user.remindersOff === true);
  // Ticked at once; the stored choice comes back with the answer, the former one on a refusal.
  const save = useMutation({
    mutationFn: (remindersOff: boolean) => ok(api.me.$put({ json: { remindersOff } })),
    onMutate: (remindersOff) => setOff(remindersOff),
    onSuccess: (saved) => setOff(saved.user.remindersOff === true),
    onError: (_error, remindersOff) => setOff(!remindersOff),
  });
  return (
    <div className="my-reminders">
      <label className="checkbox">
        <input
          type="checkbox"
          checked={!off}
          disabled={save.isPending}
          onChange={(event) => save.mutate(!event.target.checked)}
        />{' '}
        {m.remindMe}
      </label>
      <ErrorMessage error={save.error} />
    </div>
  );
}
