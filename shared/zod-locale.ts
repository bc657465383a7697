import { z } from 'zod';
import { currentLocale } from './i18n.js';

const zodLocales = { id: z.locales.id(), en: z.locales.en() };

/**
 * zod's own messages ("too long", "invalid e-mail") in the reader's language, whatever the
 * process-wide zod config says: pass it as a parse's `error` (the API sets it process-wide).
 */
export const zodLocaleError: z.core.$ZodErrorMap = (issue) => zodLocales[currentLocale()].localeError(issue);
