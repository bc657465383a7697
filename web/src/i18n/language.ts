import { setLocaleSource, type TLocale } from '../../../shared/i18n';

const key = 'capaian.lang';

function stored(): TLocale {
  try {
    return localStorage.getItem(key) === 'en' ? 'en' : 'id';
  } catch {
    return 'id';
  }
}

let language: TLocale = typeof window === 'undefined' ? 'id' : stored();

/** The language in use; read by the API client for every request. */
export const currentLanguage = (): TLocale => language;

// The rules from shared/ (checkAgreement, checkSubmission, zod messages) run in the browser too:
// their messages follow the language chosen here, read each time a rule runs.
setLocaleSource(currentLanguage);

/**
 * Remembers the choice (localStorage) and tells the API through the `lang` cookie it reads, so
 * server messages (validation, errors) come back in the same language.
 */
export function rememberLanguage(next: TLocale): void {
  language = next;
  try {
    localStorage.setItem(key, next);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  if (typeof document === 'undefined') return; // component tests run without a page
  // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is missing from the Firefox and Safari the offices use.
  document.cookie = `lang=${next}; path=/; max-age=31536000; samesite=lax`;
  document.documentElement.lang = next;
}
