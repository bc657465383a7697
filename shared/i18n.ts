/**
 * The one way the product speaks: every text for people is a message of the catalogue in
 * shared/messages/, a namespace per surface declared with `defineMessages` in both languages.
 * Code picks a namespace's texts with `t(namespace)` (the reader's language now) or
 * `namespace[locale]` (a language known from elsewhere: an email's recipient, a report's).
 */

/** The product's two languages: Bahasa Indonesia first, English on request. */
export const locales = ['id', 'en'] as const;
export type TLocale = (typeof locales)[number];

/** The Intl locale of each: en-GB keeps the Indonesian order ("10 April 2026") and a 24-hour clock. */
export const intlLocale: Record<TLocale, string> = { id: 'id-ID', en: 'en-GB' };

/** A namespace of the catalogue in both languages, English with Indonesian's shape. */
export type TMessages<T> = Record<TLocale, T>;

/**
 * Declares a namespace of the catalogue: Indonesian first, English typed by it, so a missing key
 * or a message with other parameters fails to compile (and `catalogue.test.ts` checks again).
 * Marked pure, so a bundle that imports a module of the catalogue and names none of its messages
 * drops it (the web app's first screen loads no rule's words).
 */
export const defineMessages = /* @__NO_SIDE_EFFECTS__ */ <T extends object>(
  id: T,
  en: NoInfer<T>,
): TMessages<T> => ({
  id,
  en,
});

let localeSource: () => TLocale = () => 'id';

/**
 * Sets where shared/ learns the reader's language: the API sets it once to the current request's,
 * the browser to the language chosen. Until then (scripts, jobs, tests) every message is Indonesian.
 */
export function setLocaleSource(source: () => TLocale): void {
  localeSource = source;
}

/** The reader's language right now. */
export const currentLocale = (): TLocale => localeSource();

/** A namespace's texts in the reader's language, chosen when called (a rule's run, not module load). */
export const t = <T>(messages: TMessages<T>): T => messages[localeSource()];

/**
 * A zod error option naming a message of a namespace, chosen when a value is validated: a schema
 * is built once at module load, long before anyone's request, so a text picked then would be
 * frozen in one language.
 */
export const lazyMessage = <T>(messages: TMessages<T>, pick: (texts: T) => string) => ({
  error: () => pick(t(messages)),
});

/** A plural's forms: an exact count first (`0: 'today'`), then the language's category, then `other`. */
export type TPluralForms = { [count: number]: string } & Partial<Record<Intl.LDMLPluralRule, string>> & {
    other: string;
  };

const pluralRules = new Map<TLocale, Intl.PluralRules>();

/** The form of `forms` for `count` by the language's plural rules (English: one, other). */
export function plural(locale: TLocale, count: number, forms: TPluralForms): string {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(intlLocale[locale]);
    pluralRules.set(locale, rules);
  }
  return forms[count] ?? forms[rules.select(count)] ?? forms.other;
}
