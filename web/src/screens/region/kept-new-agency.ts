import { useEffect, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import type { TNewAgency, ZNewAgencySchema } from '../../../../shared/model/onboarding';
import { useUser } from '../../app/session';
import { forgetTyping, keepTyping, readTyping, typedOutline } from '../../form/kept-typing';
import { typingKey } from '../../form/typing-key';
import { useLeaveWarning } from '../../form/use-leave-warning';

type TDraft = z.input<typeof ZNewAgencySchema>;

const ZTypedAgencySchema = typedOutline<TDraft>({ units: 'list', head: 'object', planner: 'object' });
const same = (a: TDraft, b: TDraft) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The region admin's new agency, kept in the browser as it is typed until it is created
 * (kept-typing.ts): put back after a reload or a sign-in, asked about before the page is left.
 */
export function useKeptNewAgency(
  form: UseFormReturn<TDraft, unknown, TNewAgency>,
  regionId: string,
  empty: () => TDraft,
) {
  const key = typingKey(useUser().id, `new-agency/${regionId}`);
  const [kept] = useState(() => {
    const found = readTyping(key, ZTypedAgencySchema);
    return found && !same(found.typed, found.base) ? found : null;
  });
  const [restored, setRestored] = useState(kept !== null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: put back once, as the form opens.
  useEffect(() => {
    if (kept) form.reset(kept.typed, { keepDefaultValues: true });
  }, []);
  useEffect(() => {
    const watching = form.watch(() => {
      const typed = form.getValues();
      const base = empty();
      if (same(typed, base)) forgetTyping(key);
      else keepTyping(key, { at: new Date().toISOString(), revision: 0, base, typed });
    });
    return () => watching.unsubscribe();
  }, [form, key, empty]);
  useLeaveWarning(form.formState.isDirty && !form.formState.isSubmitSuccessful);
  return {
    restored,
    discard: () => {
      forgetTyping(key);
      form.reset(empty());
      setRestored(false);
    },
    /** Created: nothing left to keep. */
    forget: () => forgetTyping(key),
  };
}
