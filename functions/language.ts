import { getContext } from 'hono/context-storage';
import { languageDetector } from 'hono/language';
// zod/mini, as every module of the API's start: zod classic loads with the routes.
import * as z from 'zod/mini';
import { locales, setLocaleSource, type TLocale } from '../shared/i18n.js';
import { zodLocaleError } from '../shared/zod-locale.js';

/** Bahasa Indonesia unless the request asks for English (?lang=en, a cookie or Accept-Language). */
export const detectLanguage = languageDetector({
  supportedLanguages: [...locales],
  fallbackLanguage: 'id',
  order: ['querystring', 'cookie', 'header'],
  lookupQueryString: 'lang',
  lookupCookie: 'lang',
  caches: false,
});

/** The current request's language, read from Hono's per-request context storage. */
function currentLanguage(): TLocale {
  try {
    return getContext().get('language') === 'en' ? 'en' : 'id';
  } catch {
    return 'id';
  }
}

// shared/'s messages (its rules' issues, custom and plain zod messages) follow the language of
// the request being validated.
setLocaleSource(currentLanguage);
z.config({ localeError: zodLocaleError });
