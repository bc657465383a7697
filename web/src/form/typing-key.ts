/**
 * Where typing not saved yet is kept (kept-typing.ts reads and writes it), apart from it so that
 * the sign-out can forget it without loading the schemas that read it back.
 */
const prefix = 'capaian.typing.';

/** Where one person's typing in one form is kept: never shown to another person signed in here. */
export const typingKey = (userId: string, form: string): string => `${prefix}${userId}:${form}`;

/** Storage may be refused (some private modes, a full quota): the form then works as before. */
export const attempt = (step: () => void): void => {
  try {
    step();
  } catch {
    // Nothing kept: the typing stays in the page only.
  }
};

/** At sign-out: nothing one person typed stays behind on a shared office computer. */
export function forgetTypingOf(userId: string): void {
  attempt(() => {
    const mine = typingKey(userId, '');
    const keys = Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i));
    for (const key of keys) if (key?.startsWith(mine)) localStorage.removeItem(key);
  });
}
