import { t } from '../i18n.js';
import { importMessages } from '../messages/agreement-import.js';
import type { TAgreementContent } from '../model/agreement-content.js';
import type { TUnit } from '../model/organisation.js';
import { cellExcerpt } from '../workbook/sheet-cells.js';
import type { TSheet, TSheetCell, TWorkbook } from '../workbook/workbook.js';
import { columnLetters } from '../workbook/workbook.js';
import { mappedHeader, type TColumnMapping } from './column-mapping.js';
import { findHeader } from './find-header.js';
import { readIndicator, readKeyIndicator } from './read-indicator.js';
import {
  columnHeaders,
  type TTemplateColumn,
  type TTemplateLevel,
  templateLevels,
  templateSheets,
} from './template-columns.js';

/** Where a value came from: the sheet, the row as Excel numbers it, the column's header and letters. */
export type TCellPlace = { sheet: string; row: number; column: string; header: string };

/** A problem of the upload at its cell (or its sheet), in the reader's language. */
export type TImportProblem = { place?: TCellPlace; sheet: string; message: string };

/** A value the table left out and the import proposes, at its row, in the reader's language. */
export type TImportDefault = {
  sheet: string;
  row: number;
  subject: string;
  field: TTemplateColumn;
  value: string;
};

export type TTemplateRead = {
  content: TAgreementContent;
  /** Where each field of the content was read from, by its path ("activities.2.indicators.0.target"). */
  places: Map<string, TCellPlace>;
  problems: TImportProblem[];
  /** What was proposed for what the table left out: shown, and confirmed, before anything is stored. */
  defaults: TImportDefault[];
};

/** A data row of a level's sheet: each column's cell and its place. */
export type TRowCells = {
  get: (column: TTemplateColumn) => TSheetCell | null;
  /** The cell's text trimmed, '' where the cell is empty or the column absent. */
  text: (column: TTemplateColumn) => string;
  place: (column: TTemplateColumn) => TCellPlace;
};

/**
 * Reads the agreement back from its template's sheets: owners by their code (a blank code, or a
 * merged cell, continues the owner above), one indicator per row. Every value that cannot be read
 * is a problem at its cell; what is read is checked by the agreement's own rules afterwards.
 */
export function readAgreementTemplate(
  workbook: TWorkbook,
  units: readonly TUnit[],
  newId: () => string,
  mapping?: TColumnMapping,
): TTemplateRead {
  const problems: TImportProblem[] = [];
  const defaults: TImportDefault[] = [];
  const places = new Map<string, TCellPlace>();
  const content: TAgreementContent = { objectives: [], programs: [], activities: [] };
  const unitIdOf = (text: string, place: TCellPlace, path: string): string => {
    const wanted = text.trim().toLowerCase();
    const unit = units.find((u) => u.id === text.trim() || u.name.toLowerCase() === wanted);
    if (!unit)
      problems.push({ sheet: place.sheet, place, message: t(importMessages).unknownUnit(cellExcerpt(text)) });
    places.set(path, place);
    return unit?.id ?? text.trim();
  };

  for (const level of templateLevels) {
    const name = mapping?.[level].sheet ?? templateSheets[level].name;
    const sheet = workbook.sheets.find((s) => s.name.trim().toLowerCase() === name.trim().toLowerCase());
    if (!sheet) {
      problems.push({ sheet: name, message: t(importMessages).sheetMissing(name) });
      continue;
    }
    // A confirmed mapping names the columns; without one they are found by their header words.
    const header = mapping ? mappedHeader(mapping[level]) : findHeader(sheet, templateSheets[level].columns);
    if ('missing' in header) {
      problems.push({ sheet: name, message: t(importMessages).columnsMissing(header.missing.join(', ')) });
      continue;
    }
    const sheetUnitId = mapping?.[level].unitId;
    const ownerOf = { unitIdOf, places, problems, defaults, sheetUnitId };
    let owner: { code: string; index: number; indicators: number } | undefined;
    for (let r = header.row + 1; r < sheet.rows.length; r++) {
      const cells = rowCells(sheet, r, header);
      if (!cells) continue;
      const codeColumn = templateSheets[level].columns[0];
      const code = cells.get(codeColumn)?.text.trim();
      if (code && code !== owner?.code) {
        owner = { code, index: addOwner(content, level, cells, ownerOf), indicators: 0 };
      }
      if (!owner) {
        problems.push({
          sheet: name,
          place: cells.place(codeColumn),
          message: t(importMessages).codeRequired,
        });
        continue;
      }
      if (cells.get('indicatorName') || cells.get('indicatorCode')) {
        const letter = 'abcdefghijklmnopqrstuvwxyz'[owner.indicators++] ?? String(owner.indicators);
        // The seed's numbering: IKU-3 for objective 3's key indicator, 1.4.b for activity 1.4's second.
        const defaultCode =
          level === 'objectives'
            ? `IKU-${owner.code}${letter === 'a' ? '' : `.${letter}`}`
            : `${owner.code}.${letter}`;
        const reader = { cells, defaultCode, sheetUnitId, unitIdOf, newId, places, problems, defaults };
        if (level === 'objectives') {
          const list = content.objectives[owner.index]?.indicators;
          list?.push(
            readKeyIndicator({ ...reader, path: `${level}.${owner.index}.indicators.${list.length}` }),
          );
        } else {
          const list = content[level][owner.index]?.indicators;
          list?.push(readIndicator({ ...reader, path: `${level}.${owner.index}.indicators.${list.length}` }));
        }
      }
    }
  }
  return { content, places, problems, defaults };
}

const filled = (cell: TSheetCell | null | undefined) =>
  Boolean(cell && cell.text.trim() !== '' && cell.text.trim() !== '-');

/** The row under a header that numbers its columns 1, 2, 3 … (as the seed's tables do). */
const isColumnNumbering = (row: (TSheetCell | null)[]) => {
  const numbers = row.filter(filled).map((cell) => cell?.number);
  return numbers.length >= 3 && numbers.every((n, i) => n !== undefined && n === (numbers[0] ?? 0) + i);
};

/** A data row's cells, or none for a spacer row, the column numbering, or the header repeated at a page break. */
function rowCells(
  sheet: TSheet,
  r: number,
  { row: headerRow, columns }: { row: number; columns: Map<TTemplateColumn, number> },
): TRowCells | undefined {
  const row = sheet.rows[r] ?? [];
  if (!row.some(filled) || isColumnNumbering(row)) return undefined;
  const nameColumn = columns.get('indicatorName');
  const headerName = nameColumn === undefined ? undefined : sheet.rows[headerRow]?.[nameColumn]?.text.trim();
  if (headerName && row[nameColumn ?? -1]?.text.trim() === headerName) return undefined;
  const get = (column: TTemplateColumn) => {
    const c = columns.get(column);
    return c === undefined ? null : (row[c] ?? null);
  };
  return {
    get,
    text: (column) => get(column)?.text.trim() ?? '',
    place: (column) => {
      const c = columns.get(column) ?? 0;
      return {
        sheet: sheet.name,
        row: r + 1,
        column: columnLetters(c),
        header: columnHeaders[column].header,
      };
    },
  };
}

type TOwnerReader = {
  unitIdOf: (text: string, place: TCellPlace, path: string) => string;
  places: Map<string, TCellPlace>;
  problems: TImportProblem[];
  defaults: TImportDefault[];
  sheetUnitId: string | undefined;
};

/** Adds the row's owner (objective, program, activity) and answers its index. */
function addOwner(
  content: TAgreementContent,
  level: TTemplateLevel,
  cells: TRowCells,
  { unitIdOf, places, problems, defaults, sheetUnitId }: TOwnerReader,
): number {
  const { text } = cells;
  const index = content[level].length;
  const path = `${level}.${index}`;
  const at = (field: string, column: TTemplateColumn) => places.set(`${path}.${field}`, cells.place(column));
  // A sheet without a unit column: every row answers to the unit chosen for the sheet.
  const unitOf = (column: TTemplateColumn) =>
    sheetUnitId && !cells.get(column)
      ? sheetUnitId
      : unitIdOf(text(column), cells.place(column), `${path}.unitId`);
  if (level === 'objectives') {
    at('code', 'objectiveCode');
    at('name', 'objectiveName');
    content.objectives.push({ code: text('objectiveCode'), name: text('objectiveName'), indicators: [] });
  } else if (level === 'programs') {
    at('code', 'programCode');
    at('name', 'programName');
    const unitId = unitOf('programUnit');
    content.programs.push({ code: text('programCode'), name: text('programName'), unitId, indicators: [] });
  } else {
    at('code', 'activityCode');
    at('programCode', 'programCodeOfActivity');
    at('name', 'activityName');
    at('budget', 'budget');
    const unitId = unitOf('activityUnit');
    const budget = cells.get('budget');
    // An activity's program is the code before its last dot (1.4 → 1), where the table has no column for it.
    const programCode =
      text('programCodeOfActivity') ||
      ((code) => {
        const { sheet, row } = cells.place('activityName');
        const value = t(importMessages).defaults.programCode(code);
        defaults.push({ sheet, row, subject: text('activityName'), field: 'programCodeOfActivity', value });
        return code;
      })(text('activityCode').split('.').slice(0, -1).join('.'));
    if (budget?.ambiguous) {
      problems.push({
        sheet: cells.place('budget').sheet,
        place: cells.place('budget'),
        message: t(importMessages).ambiguous(cellExcerpt(budget.text)),
      });
    }
    content.activities.push({
      code: text('activityCode'),
      programCode,
      name: text('activityName'),
      unitId,
      budget: budget?.number ?? Number.NaN,
      indicators: [],
    });
  }
  return index;
}
