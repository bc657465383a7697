import * as z from 'zod';
import type { FieldIssue } from '../app-error.js';
import { fieldLabel } from '../field-labels.js';
import { currentLocale, t } from '../i18n.js';
import { importMessages } from '../messages/agreement-import.js';
import type { TAgreementVersion } from '../model/agreement.js';
import { validateAgreementVersion } from '../model/agreement-rules.js';
import type { TUnit } from '../model/organisation.js';
import type { TCellPlace, TImportDefault, TImportProblem, TTemplateRead } from './read-template.js';

/** A problem as the import screen lists it: by sheet, row and column, the whole sentence in `message`. */
export const ZImportProblemSchema = z.object({
  sheet: z.string(),
  row: z.number().optional(),
  column: z.string().optional(),
  message: z.string(),
});
export type TImportProblemView = z.infer<typeof ZImportProblemSchema>;

/** The place of a field path: its own, or that of the nearest field above it that was read. */
function placeOf(places: Map<string, TCellPlace>, path: string): TCellPlace | undefined {
  for (let p = path; p; p = p.includes('.') ? p.slice(0, p.lastIndexOf('.')) : '') {
    const place = places.get(p);
    if (place) return place;
  }
  return undefined;
}

const view = ({ sheet, place, message }: TImportProblem): TImportProblemView =>
  place
    ? {
        sheet,
        row: place.row,
        column: place.header,
        message: `${t(importMessages).place(sheet, place.row, place.header)}: ${message}`,
      }
    : { sheet, message };

/**
 * A rule's problem that no cell was read for, named by its field ("Sasaran: paling banyak 50"), or
 * one of the agreement as a whole (its size) as the sentence it is.
 */
function unplaced({ path, message }: FieldIssue): string {
  const field = fieldLabel(path);
  return field
    ? `${field}: ${message}`
    : `${message.charAt(0).toLocaleUpperCase(currentLocale())}${message.slice(1)}`;
}

/**
 * Every problem of an upload read as an agreement: what could not be read at all, then what the
 * agreement's own rules (the same as the editor's) find in what was read, each at the cell it
 * came from ("Lembar 'Kegiatan', baris 14, kolom TW2: '1.5' — gunakan koma untuk desimal").
 */
export function importProblems(
  read: TTemplateRead,
  identity: Pick<TAgreementVersion, 'agencyId' | 'year' | 'version' | 'kind'>,
  units: readonly TUnit[],
): { problems: TImportProblemView[]; agreement?: TAgreementVersion } {
  const readProblems = read.problems.map(view);
  // Cells already reported unreadable are not reported again by the rules.
  const reported = new Set(
    read.problems.flatMap((p) => (p.place ? [`${p.place.sheet}:${p.place.row}:${p.place.column}`] : [])),
  );
  const checked = validateAgreementVersion({ ...identity, ...read.content }, units);
  if (checked.success && readProblems.length === 0) return { problems: [], agreement: checked.data };
  const ruleProblems = checked.success
    ? []
    : checked.issues.flatMap((issue) => {
        const place = placeOf(read.places, issue.path);
        if (place && reported.has(`${place.sheet}:${place.row}:${place.column}`)) return [];
        return [view({ sheet: place?.sheet ?? '', place, message: place ? issue.message : unplaced(issue) })];
      });
  return { problems: [...readProblems, ...ruleProblems] };
}

/** A row's defaults as the preview shows them: where, whose, and each field's proposed value. */
export const ZImportDefaultsSchema = z.object({
  sheet: z.string(),
  row: z.number(),
  subject: z.string(),
  values: z.array(z.object({ field: z.string(), value: z.string() })),
});
export type TImportDefaultsView = z.infer<typeof ZImportDefaultsSchema>;

/** The defaults of an upload, one entry per row and subject (an activity, its indicator), its fields named in the reader's language. */
export function importDefaults(defaults: readonly TImportDefault[]): TImportDefaultsView[] {
  const m = t(importMessages);
  const rows = new Map<string, TImportDefaultsView>();
  for (const { sheet, row, subject, field, value } of defaults) {
    const key = `${sheet}:${row}:${subject}`;
    const view = rows.get(key) ?? { sheet, row, subject, values: [] };
    view.values.push({ field: m.roles[field], value });
    rows.set(key, view);
  }
  return [...rows.values()];
}
