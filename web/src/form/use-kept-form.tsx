import { useEffect, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import { commonMessages } from '../../../shared/messages/common';
import { useUser } from '../app/session';
import { useMessages } from '../i18n/i18n';
import { forgetTyping, keepTyping, readTyping } from './kept-typing';
import { typingKey } from './typing-key';
import { useLeaveWarning } from './use-leave-warning';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * A form that starts empty (a new agency, a reviewer's comments), kept in the browser as it is
 * typed until it is sent (kept-typing.ts): put back after a reload or a sign-in, asked about
 * before the page is left. `outline` reads the kept typing back; `empty` is the form's start.
 */
export function useKeptForm<T extends FieldValues, R>(options: {
  form: UseFormReturn<T, unknown, R>;
  /** Which form of which subject, e.g. `review/<agency>/<year>/<quarter>/<unit>`. */
  place: string;
  empty: () => T;
  outline: z.ZodType<T>;
}) {
  const { form, empty } = options;
  const key = typingKey(useUser().id, options.place);
  const [kept] = useState(() => {
    const found = readTyping(key, options.outline);
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
    /** Says the typing was put back, with a way to start empty. */
    notice: restored ? (
      <KeptFormNotice
        onDiscard={() => {
          forgetTyping(key);
          form.reset(empty());
          setRestored(false);
        }}
      />
    ) : null,
    /** Sent: nothing left to keep. */
    forget: () => forgetTyping(key),
  };
}

function KeptFormNotice({ onDiscard }: { onDiscard: () => void }) {
  const m = useMessages(commonMessages);
  return (
    <div className="alert info" role="status">
      <p>{m.typingRestored}</p>
      <button type="button" className="secondary small" onClick={onDiscard}>
        {m.startEmpty}
      </button>
    </div>
  );
}
