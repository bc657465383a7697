/** The product's two languages: Bahasa Indonesia first, English on request. */
export type TLocale = 'id' | 'en';

/** A text for people, in both languages. */
export type TText = Record<TLocale, string>;

let localeSource: () => TLocale = () => 'id';

/**
 * Sets where shared/ learns the reader's language; the API sets it once to the current
 * request's. Until then (scripts, jobs, tests) every message is Indonesian.
 */
export function setLocaleSource(source: () => TLocale): void {
  localeSource = source;
}

/** The reader's language right now. */
export const currentLocale = (): TLocale => localeSource();

/** The text in the reader's language, chosen when called (a rule's run, not module load). */
export const t = (text: TText): string => text[localeSource()];

/**
 * A zod error option whose message is chosen when a value is validated: a schema is built once
 * at module load, long before anyone's request, so a plain string would be frozen in one language.
 */
export const lazyMessage = (text: TText) => ({ error: () => t(text) });
