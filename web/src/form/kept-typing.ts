import * as z from 'zod';
import { attempt } from './typing-key';

/**
 * Typing a form has not saved yet, kept in this browser so that a session that runs out, a reload,
 * a tab the phone dropped or a failed save loses none of it: the form it was typed in, read again,
 * puts it back. `base` is the stored version the typing started from (its `revision`), so what
 * changed elsewhere meanwhile can be told apart from what was typed here.
 */
export type TKeptTyping<T> = { at: string; revision: number; base: T; typed: T };

/** Long enough to outlast a quarter's entry window and a holiday; not for ever. */
const keptDays = 14;

/** The kept typing from its stored text, or null where there is none, it is unreadable or too old. */
export function keptTypingOf<T>(
  text: string | null,
  schema: z.ZodType<T>,
  now = Date.now(),
): TKeptTyping<T> | null {
  if (!text) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = z
    .object({ at: z.iso.datetime(), revision: z.number(), base: schema, typed: schema })
    .safeParse(value);
  if (!parsed.success || now - Date.parse(parsed.data.at) > keptDays * 86_400_000) return null;
  return parsed.data;
}

/**
 * The schema of a form's typing half done, which the form's own schema refuses (blank names, sums
 * not adding up yet): only its outline is checked, each key a list or an object.
 */
export const typedOutline = <T>(outline: Record<string, 'list' | 'object'>) =>
  z.custom<T>(
    (value) =>
      typeof value === 'object' &&
      value !== null &&
      Object.entries(outline).every(([key, kind]) => {
        const field: unknown = Reflect.get(value, key);
        return kind === 'list' ? Array.isArray(field) : typeof field === 'object' && field !== null;
      }),
  );

/** The typing kept under `key`, if any (see keptTypingOf). */
export function readTyping<T>(key: string, schema: z.ZodType<T>): TKeptTyping<T> | null {
  let text: string | null = null;
  attempt(() => {
    text = localStorage.getItem(key);
  });
  return keptTypingOf(text, schema);
}

export const keepTyping = <T>(key: string, kept: TKeptTyping<T>): void =>
  attempt(() => localStorage.setItem(key, JSON.stringify(kept)));

export const forgetTyping = (key: string): void => attempt(() => localStorage.removeItem(key));
