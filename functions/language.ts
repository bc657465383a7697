import { getContext } from 'hono/context-storage';
import { languageDetector } from 'hono/language';
import { z } from 'zod';
import { setLocaleSource } from '../shared/i18n.js';

export const languages = ['id', 'en'] as const;
export type TLanguage = (typeof languages)[number];

/** Bahasa Indonesia unless the request asks for English (?lang=en, a cookie or Accept-Language). */
export const detectLanguage = languageDetector({
  supportedLanguages: [...languages],
  fallbackLanguage: 'id',
  order: ['querystring', 'cookie', 'header'],
  lookupQueryString: 'lang',
  lookupCookie: 'lang',
  caches: false,
});

/** The current request's language, read from Hono's per-request context storage. */
export function currentLanguage(): TLanguage {
  try {
    return getContext().get('language') === 'en' ? 'en' : 'id';
  } catch {
    return 'id';
  }
}

const locales = { id: z.locales.id(), en: z.locales.en() };

// zod's messages follow the language of the request being validated.
z.config({ localeError: (issue) => locales[currentLanguage()].localeError(issue) });
// …and so do shared/'s own messages (its rules' issues and custom zod messages).
setLocaleSource(currentLanguage);

/** Picks the text of the current request's language. */
export function say(text: Record<TLanguage, string>): string {
  return text[currentLanguage()];
}
