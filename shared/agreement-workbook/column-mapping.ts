import * as z from 'zod';
import { formatNumber } from '../calc/format.js';
import { currentLocale } from '../i18n.js';
import { looseText } from '../workbook/loose-text.js';
import { columnLetters, type TSheet, type TSheetCell, type TWorkbook } from '../workbook/workbook.js';
import { optionalColumns } from './find-header.js';
import {
  columnHeaders,
  type TTemplateColumn,
  type TTemplateLevel,
  templateLevels,
  templateSheets,
  unitColumns,
} from './template-columns.js';

/**
 * Which sheet and which columns a hand-made PK / Renja workbook holds each role in (Sasaran,
 * Indikator, Satuan, Target, TW I–IV, Program, Kegiatan, Anggaran, …): proposed from the header
 * words, confirmed or changed by the planner, remembered per agency by the layout's signature.
 */
const ZColumnLetterSchema = z.string().regex(/^[A-Z]{1,3}$/);
const ZTemplateColumnSchema = z.enum(
  templateLevels.flatMap((level) => templateSheets[level].columns) as [TTemplateColumn, ...TTemplateColumn[]],
);

/**
 * One level's sheet, its header row as Excel numbers it (the lowest, where a header spans two),
 * the column letters of its roles, and the unit that answers for every row of a sheet without a
 * unit column, chosen once for the sheet.
 */
const ZLevelMappingSchema = z.object({
  sheet: z.string().max(100).nullable(),
  headerRow: z.int().min(1).max(20),
  columns: z.partialRecord(ZTemplateColumnSchema, ZColumnLetterSchema),
  unitId: z.string().max(100).optional(),
});
export type TLevelMapping = z.infer<typeof ZLevelMappingSchema>;

export const ZColumnMappingSchema = z.object({
  objectives: ZLevelMappingSchema,
  programs: ZLevelMappingSchema,
  activities: ZLevelMappingSchema,
});
export type TColumnMapping = z.infer<typeof ZColumnMappingSchema>;

/** A column the planner may choose for a role: its letters, header text and first value below. */
const ZMappingColumnSchema = z.object({
  column: z.string(),
  header: z.string(),
  sample: z.string().nullable(),
});
export type TMappingColumn = z.infer<typeof ZMappingColumnSchema>;

/** A level as the mapping step shows it: its roles (required or not) and its sheet's columns. */
export const ZMappingLevelViewSchema = z.object({
  level: z.enum(templateLevels),
  roles: z.array(z.object({ role: ZTemplateColumnSchema, required: z.boolean() })),
  columns: z.array(ZMappingColumnSchema),
});
export type TMappingLevelView = z.infer<typeof ZMappingLevelViewSchema>;

const wordsOf = (role: TTemplateColumn) =>
  [columnHeaders[role].header, ...columnHeaders[role].also].map(looseText);
const isText = (text: string | undefined) => Boolean(text?.trim()) && !/^[\d.,%\s-]+$/.test(text ?? '');

/**
 * A header cell of its own: not a copy a merge spreads sideways ("Target Triwulan" over TW I–IV,
 * a title over the table) but its first cell, or a copy spread downwards, as a header two rows
 * deep reads ("No" merged down beside "TW I" under "Target Triwulan").
 */
const headerCell = (sheet: TSheet, row: number, c: number): TSheetCell | undefined => {
  const cell = sheet.rows[row]?.[c];
  if (!cell) return undefined;
  return !cell.merged || sheet.rows[row - 1]?.[c]?.text === cell.text ? cell : undefined;
};

/**
 * The roles a header row's cells are, by their words: exact words first, then a header that
 * begins with a role's word ("Target Kinerja 2019", "Pagu Anggaran"), the longest word winning.
 */
function rolesOfRow(sheet: TSheet, row: number, level: TTemplateLevel): Map<TTemplateColumn, number> {
  const cells = sheet.rows[row] ?? [];
  const roles = new Map<TTemplateColumn, number>();
  const taken = new Set<number>();
  const wanted = templateSheets[level].columns;
  const place = (matches: (text: string, word: string) => boolean) =>
    cells.forEach((_, c) => {
      const cell = headerCell(sheet, row, c);
      if (!cell || taken.has(c)) return;
      const text = looseText(cell.text);
      const best = wanted
        .filter((role) => !roles.has(role))
        .flatMap((role) => wordsOf(role).map((word) => ({ role, word })))
        .filter(({ word }) => matches(text, word))
        .sort((a, b) => b.word.length - a.word.length)[0];
      if (!best) return;
      roles.set(best.role, c);
      taken.add(c);
    });
  place((text, word) => text === word);
  place((text, word) => text.startsWith(word) && /^[^\p{L}\p{N}]/u.test(text.slice(word.length)));
  return roles;
}

/** The header row of a sheet for a level (within the first 20 rows): most roles placed, else most text. */
function headerRowOf(
  sheet: TSheet,
  level: TTemplateLevel,
): { row: number; roles: Map<TTemplateColumn, number> } {
  let best = { row: 0, roles: new Map<TTemplateColumn, number>(), texts: 0 };
  sheet.rows.slice(0, 20).forEach((cells, row) => {
    const roles = rolesOfRow(sheet, row, level);
    const texts = cells.filter((_, c) => isText(headerCell(sheet, row, c)?.text)).length;
    if (roles.size > best.roles.size || (roles.size === best.roles.size && texts > best.texts))
      best = { row, roles, texts };
  });
  return best;
}

/** Each level's sheet (its own name first, else the one whose headers it knows best) and columns. */
export function proposeMapping(workbook: TWorkbook): TColumnMapping {
  const taken = new Set<string>();
  const levelMapping = (level: TTemplateLevel): TLevelMapping => {
    const candidates = workbook.sheets
      .filter((sheet) => !taken.has(sheet.name))
      .map((sheet) => ({ sheet, ...headerRowOf(sheet, level) }))
      .map((found) => ({
        ...found,
        score:
          (looseText(found.sheet.name) === looseText(templateSheets[level].name) ? 1000 : 0) +
          found.roles.size,
      }))
      .sort((a, b) => b.score - a.score);
    const chosen = candidates[0];
    if (!chosen || chosen.score === 0) return { sheet: null, headerRow: 1, columns: {} };
    taken.add(chosen.sheet.name);
    return {
      sheet: chosen.sheet.name,
      headerRow: chosen.row + 1,
      columns: Object.fromEntries([...chosen.roles].map(([role, c]) => [role, columnLetters(c)])),
    };
  };
  return {
    objectives: levelMapping('objectives'),
    programs: levelMapping('programs'),
    activities: levelMapping('activities'),
  };
}

/** Whether the workbook is Capaian's own template: each sheet by its name, its headers as written. */
export function isOwnTemplate(workbook: TWorkbook): boolean {
  return templateLevels.every((level) => {
    const sheet = workbook.sheets.find((s) => s.name === templateSheets[level].name);
    const headers = (sheet?.rows[0] ?? []).map((cell) => cell?.text.trim() ?? '');
    return templateSheets[level].columns.every((role, c) => headers[c] === columnHeaders[role].header);
  });
}

const headerTexts = (sheet: TSheet | undefined, headerRow: number) =>
  (sheet?.rows[headerRow - 1] ?? []).map((cell) => (cell ? looseText(cell.text) : ''));

/**
 * What names a layout, whoever fills it: each level's sheet and header row as proposed from the
 * header words. The same table filled again (other rows, other figures) has the same signature.
 */
export function layoutSignature(workbook: TWorkbook, proposed: TColumnMapping): string {
  return templateLevels
    .map((level) => {
      const { sheet, headerRow } = proposed[level];
      const found = workbook.sheets.find((s) => s.name === sheet);
      return `${level}=${sheet ?? ''}@${headerRow}:${headerTexts(found, headerRow).join('|')}`;
    })
    .join('\n');
}

/** The mapping step's view of each level: the roles to fill and the columns of its sheet to fill them with. */
export function mappingView(workbook: TWorkbook, mapping: TColumnMapping): TMappingLevelView[] {
  return templateLevels.map((level) => {
    const { sheet: name, headerRow } = mapping[level];
    const sheet = workbook.sheets.find((s) => s.name === name);
    const width = Math.max(0, ...(sheet?.rows ?? []).map((row) => row.length));
    const columns = Array.from({ length: width }, (_, c) => columnOf(sheet, headerRow, c)).filter(
      (column) => column.header !== '' || column.sample !== null,
    );
    return {
      level,
      roles: templateSheets[level].columns.map((role) => ({
        role,
        required: !optionalColumns.has(role) && role !== unitColumns[level],
      })),
      columns,
    };
  });
}

/** The columns with a header that no role uses yet in `level`: what the planner may have missed. */
export function unplacedColumns(columns: TMappingColumn[], level: TLevelMapping): TMappingColumn[] {
  const placed = new Set(Object.values(level.columns));
  return columns.filter((column) => !placed.has(column.column) && column.header !== '');
}

/** A cell as the reader would type it: a number Excel saved as one in the reader's format (15.959.915.800). */
const shown = (cell: TSheetCell) =>
  cell.number !== undefined && cell.text === String(cell.number)
    ? formatNumber(cell.number, { locale: currentLocale(), maxDecimals: 4 })
    : cell.text.trim();

function columnOf(sheet: TSheet | undefined, headerRow: number, c: number): TMappingColumn {
  const rows = sheet?.rows ?? [];
  const sample = rows.slice(headerRow).find((row) => row[c]?.text.trim())?.[c];
  return {
    column: columnLetters(c),
    header: rows[headerRow - 1]?.[c]?.text.trim() ?? '',
    sample: sample ? shown(sample) : null,
  };
}

/**
 * A mapping's problem: a required role without a column (the unit's role needs a column or a unit
 * chosen for the sheet), two roles on one column, a sheet not there.
 */
export type TMappingProblem =
  | { kind: 'roleEmpty'; level: TTemplateLevel; role: TTemplateColumn }
  | { kind: 'sharedColumn'; level: TTemplateLevel; roles: [TTemplateColumn, TTemplateColumn]; column: string }
  | { kind: 'sheetMissing'; level: TTemplateLevel; sheet: string };

/** Every problem of a mapping the planner confirmed, against the workbook it is for. */
export function mappingProblems(workbook: TWorkbook, mapping: TColumnMapping): TMappingProblem[] {
  return templateLevels.flatMap((level): TMappingProblem[] => {
    const { sheet, columns, unitId } = mapping[level];
    if (sheet !== null && !workbook.sheets.some((s) => s.name === sheet))
      return [{ kind: 'sheetMissing', level, sheet }];
    const roles = templateSheets[level].columns;
    const needed = (role: TTemplateColumn) =>
      !optionalColumns.has(role) && !(role === unitColumns[level] && unitId);
    const empty = roles
      .filter((role) => needed(role) && !columns[role])
      .map((role) => ({ kind: 'roleEmpty' as const, level, role }));
    const shared = roles.flatMap((role, i) => {
      const other = roles
        .slice(0, i)
        .find((earlier) => columns[earlier] && columns[earlier] === columns[role]);
      const column = columns[role];
      return other && column
        ? [
            {
              kind: 'sharedColumn' as const,
              level,
              roles: [other, role] as [TTemplateColumn, TTemplateColumn],
              column,
            },
          ]
        : [];
    });
    return [...empty, ...shared];
  });
}

/** A level's mapping as the reader takes it: the header row (0-based) and each role's column index. */
export function mappedHeader(mapping: TLevelMapping): { row: number; columns: Map<TTemplateColumn, number> } {
  const index = (letters: string) =>
    [...letters].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0) - 1;
  return {
    row: mapping.headerRow - 1,
    columns: new Map(
      Object.entries(mapping.columns).flatMap(([role, letters]) =>
        letters ? [[ZTemplateColumnSchema.parse(role), index(letters)] as const] : [],
      ),
    ),
  };
}

/**
 * A mapping an agency confirmed for a layout, who confirmed it (id, and name as shown) when, and
 * its revision: a confirmation made from an older one is refused, not written over it. Mappings
 * remembered before 2026-12-02 have neither name nor revision: their revision counts as 0.
 */
export const ZRememberedMappingSchema = z.object({
  agencyId: z.string(),
  signature: z.string(),
  mapping: ZColumnMappingSchema,
  confirmedBy: z.string(),
  confirmedByName: z.string().optional(),
  confirmedAt: z.string(),
  revision: z.int().min(1).optional(),
});
export type TRememberedMapping = z.infer<typeof ZRememberedMappingSchema>;
