import * as z from 'zod';
import { lazyMessage } from '../i18n.js';
import { schemaMessages } from '../messages/schemas.js';

// Control characters (C0, DEL, C1) and the bidirectional embeddings, overrides and isolates
// (U+202A–202E, U+2066–2069) that make stored text read otherwise than it was typed: a file name
// "laporan\u202Efdp.exe" shows as "laporanexe.pdf".
const bidi = '\\u202A-\\u202E\\u2066-\\u2069';
const unsafeInText = new RegExp(`[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F${bidi}]`, 'g');
const unsafeInLine = new RegExp(`[\\u0000-\\u001F\\u007F-\\u009F${bidi}]`, 'g');

/** Free text as stored: line breaks (as LF) and tabs kept, other control characters and bidi overrides removed. */
export const cleanText = (text: string): string => text.replace(/\r\n?/g, '\n').replace(unsafeInText, '');

/** One line as stored: line breaks and tabs become a space, other control characters and bidi overrides go. */
export const cleanLine = (text: string): string => text.replace(/[\t\n\r]+/g, ' ').replace(unsafeInLine, '');

const required = lazyMessage(schemaMessages, (m) => m.required);
const tooLong = (max: number) => lazyMessage(schemaMessages, (m) => m.maxChars(max));

/**
 * A name, label, code or file name: one line, cleaned and trimmed before it is checked, so it is
 * never blank and never carries a character that hides what it says.
 */
export const ZNameSchema = (max: number) =>
  z.string().overwrite(cleanLine).trim().min(1, required).max(max, tooLong(max));

/** One line that may be left blank (an IKU's data source, which a PK table does not hold). */
export const ZLineSchema = (max: number) => z.string().overwrite(cleanLine).trim().max(max, tooLong(max));

/** Free text (an explanation, a narrative, a comment, a reason): cleaned and trimmed; may be empty. */
export const ZFreeTextSchema = (max: number) => z.string().overwrite(cleanText).trim().max(max, tooLong(max));
