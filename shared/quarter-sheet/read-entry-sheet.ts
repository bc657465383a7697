import { t } from '../i18n.js';
import { quarterSheetMessages } from '../messages/quarter-sheet.js';
import type { TAgreementVersion } from '../model/agreement.js';
import { entryUnitId, indicatorPlaces } from '../model/agreement-indicators.js';
import { figureProblem, numberKindOf } from '../model/figure.js';
import type { TIndicator } from '../model/indicator.js';
import type { TUnit } from '../model/organisation.js';
import type { TQuarter } from '../model/quarter.js';
import type { TBudgetRealisation, TIndicatorRealisation, TQuarterPartContent } from '../model/realisation.js';
import { maxRupiah } from '../model/rupiah.js';
import { maxListedProblems } from '../workbook/limits.js';
import { looseText } from '../workbook/loose-text.js';
import { cellAt, cellText } from '../workbook/sheet-cell-at.js';
import { cellExcerpt } from '../workbook/sheet-cells.js';
import { columnLetters, type TSheet } from '../workbook/workbook.js';
import {
  entryColumnKeys,
  entrySheet,
  inputColumns,
  type TEntryColumn,
  type TEntryValue,
} from './entry-sheet.js';
import { findHeader, namedForAnotherQuarter, type TColumns } from './entry-table.js';

/** What cannot be taken in from a filled sheet, at its cell, in the reader's language. */
export type TSheetProblem = { sheet: string; row: number; column: string; message: string };

/** One unit's figures read from the sheet. */
export type TUnitEntry = { realisations: TIndicatorRealisation[]; budget: TBudgetRealisation[] };

/** A filled entry workbook read: each unit's figures, and the cells that cannot be taken in. */
export type TSheetEntries = {
  units: Map<string, TUnitEntry>;
  /** The first problems, in the workbook's order. */
  problems: TSheetProblem[];
  /** All problems, counted. */
  problemCount: number;
};

type TReadNumber = { value: number } | { problem: string } | undefined;

/**
 * A cell's number; undefined where blank, a problem where it holds text, a date or an ambiguous
 * figure, or is covered by a merged cell (one figure across rows would be counted for each).
 */
function numberAt(sheet: TSheet, row: number, column: number | undefined): TReadNumber {
  if (column === undefined) return undefined;
  const cell = cellAt(sheet, row, column);
  const text = cell?.text.trim() ?? '';
  if (!cell || text === '' || text === '-' || text === '–') return undefined;
  const m = t(quarterSheetMessages).problems;
  if (cell.merged) return { problem: m.merged };
  if (cell.date) return { problem: m.date(text) };
  if (cell.ambiguous) return { problem: m.ambiguous(cellExcerpt(text)) };
  return cell.number === undefined ? { problem: m.notANumber(cellExcerpt(text)) } : { value: cell.number };
}

export type ReadEntriesOptions = {
  sheets: readonly TSheet[];
  agreement: TAgreementVersion;
  /** The quarter filled: a sheet named as another quarter's entry sheet is not read. */
  year: number;
  quarter: TQuarter;
  /** The year's units under that year's names. */
  units: readonly TUnit[];
  /**
   * A division head's own unit: another unit's row is a problem, unless it is as the sheet gave it
   * out. Absent: every unit (the planner).
   */
  unitId?: string;
  /** The quarter's stored drafts, which the sheet was given out with. */
  parts?: readonly TQuarterPartContent[];
};

/**
 * Reads filled entry sheets against the agreement: each row that fills something by its unit and
 * code (only that unit's own indicators and activities, each once), the realisation or a ratio's
 * parts in the indicator's number kind, the explanation, an activity's spending as whole Rupiah.
 * Blank cells are left out (the draft keeps what it holds); every other cell that cannot be taken
 * in is a problem at its sheet, row and column.
 */
export function readEntrySheets(options: ReadEntriesOptions): TSheetEntries {
  const m = t(quarterSheetMessages).problems;
  const problems: TSheetProblem[] = [];
  const units = new Map<string, TUnitEntry>();
  // Each unit's code once over all sheets: a copy of the sheet kept in the workbook is no second figure.
  const seen = new Map<string, { sheet: string; row: number }>();
  const givenOut = givenOutRows(options);
  const tables = options.sheets.flatMap((sheet) => {
    const header = findHeader(sheet);
    return header ? [{ sheet, header }] : [];
  });
  for (const { sheet, header } of tables) {
    if (namedForAnotherQuarter(sheet.name, options)) {
      const name = t(quarterSheetMessages).sheetName(options.quarter, options.year);
      problems.push({ sheet: sheet.name, row: 1, column: 'A', message: m.otherQuarter(name) });
    } else readRows(sheet, header, options, { units, problems, seen, givenOut });
  }
  const [first] = tables;
  if (!first)
    problems.push({ sheet: options.sheets[0]?.name ?? '', row: 1, column: 'A', message: m.noSheet });
  else if (units.size === 0 && problems.length === 0) {
    const column = columnLetters(first.header.columns.get('realisation') ?? 0);
    problems.push({ sheet: first.sheet.name, row: first.header.row + 2, column, message: m.nothingFilled });
  }
  return { units, problems: problems.slice(0, maxListedProblems), problemCount: problems.length };
}

type TReading = {
  units: Map<string, TUnitEntry>;
  problems: TSheetProblem[];
  seen: Map<string, { sheet: string; row: number }>;
  /** Each row as the sheet gives it out now, by its unit's name and code. */
  givenOut: Map<string, readonly TEntryValue[]>;
};

const rowKey = (unitName: string, code: string) => `${looseText(unitName)} ${looseText(code)}`;

/** The whole-quarter sheet's rows as given out with the stored drafts, by unit name and code. */
function givenOutRows(options: ReadEntriesOptions): Map<string, readonly TEntryValue[]> {
  const { rows } = entrySheet({ ...options, parts: options.parts ?? [], locale: 'id' });
  return new Map(rows.map((row) => [rowKey(String(row[0]), String(row[1])), row]));
}

function readRows(
  sheet: TSheet,
  header: { row: number; columns: TColumns },
  options: ReadEntriesOptions,
  { units, problems, seen, givenOut }: TReading,
) {
  const m = t(quarterSheetMessages).problems;
  const column = (key: TEntryColumn) => header.columns.get(key);
  const problem = (row: number, key: TEntryColumn, message: string) =>
    problems.push({ sheet: sheet.name, row: row + 1, column: columnLetters(column(key) ?? 0), message });
  const text = (row: number, key: TEntryColumn) => {
    const c = column(key);
    return c === undefined ? '' : cellText(sheet, row, c);
  };
  /** Whether a row's input cells hold what the sheet was given out with: it changes nothing. */
  const asGivenOut = (row: number, given: readonly TEntryValue[] | undefined) =>
    given !== undefined &&
    inputColumns.every((key) => {
      const expected = given[entryColumnKeys.indexOf(key)] ?? null;
      const c = column(key);
      const cell = c === undefined ? undefined : cellAt(sheet, row, c);
      if (typeof expected === 'number') return cell?.number === expected;
      return text(row, key) === (expected ?? '').trim();
    });
  const places = indicatorPlaces(options.agreement);
  for (let row = header.row + 1; row < sheet.rows.length; row++) {
    // A row that fills nothing is passed over, whatever it names: the other units' rows of the
    // planner's whole-quarter sheet filled by one head, a note, an indicator since taken out.
    if (inputColumns.every((key) => text(row, key) === '')) continue;
    const unitName = text(row, 'unit');
    const unit = options.units.find((u) => looseText(u.name) === looseText(unitName));
    if (!unit) {
      problem(row, 'unit', m.noUnit(cellExcerpt(unitName)));
      continue;
    }
    const code = text(row, 'code');
    if (options.unitId && unit.id !== options.unitId) {
      // The planner's whole-quarter sheet, sent round after other units drafted and filled by
      // one head, repeats their drafts: those rows change nothing.
      if (!asGivenOut(row, givenOut.get(rowKey(unit.name, code))))
        problem(row, 'unit', m.otherUnit(unit.name));
      continue;
    }
    const key = `${unit.id} ${looseText(code)}`;
    const before = seen.get(key);
    if (before) {
      problem(row, 'code', m.twice(cellExcerpt(code), before.sheet, before.row));
      continue;
    }
    seen.set(key, { sheet: sheet.name, row: row + 1 });
    const entry = units.get(unit.id) ?? { realisations: [], budget: [] };
    units.set(unit.id, entry);
    const indicator = places.find(
      (p) => entryUnitId(p) === unit.id && looseText(p.indicator.code) === looseText(code),
    );
    const activity = options.agreement.activities.find(
      (a) => a.unitId === unit.id && looseText(a.code) === looseText(code),
    );
    const read = (key: 'realisation' | 'numerator' | 'denominator') => {
      const found = numberAt(sheet, row, column(key));
      if (found && 'problem' in found) problem(row, key, found.problem);
      return found && 'value' in found ? found.value : undefined;
    };
    const figures = {
      value: read('realisation'),
      numerator: read('numerator'),
      denominator: read('denominator'),
    };
    const explanation = text(row, 'explanation');
    if (indicator) {
      const realisation = readRealisation(indicator.indicator, figures, explanation, (key, message) =>
        problem(row, key, message),
      );
      if (realisation) entry.realisations.push(realisation);
    } else if (activity) {
      if (figures.numerator !== undefined || figures.denominator !== undefined)
        problem(row, 'numerator', m.notARatio);
      const amount = figures.value;
      if (amount === undefined) continue;
      if (!Number.isSafeInteger(amount) || amount < 0 || amount > maxRupiah)
        problem(row, 'realisation', m.rupiah);
      else entry.budget.push({ activityCode: activity.code, amount });
    } else problem(row, 'code', m.unknownCode(cellExcerpt(code)));
  }
}

type TFigures = { value?: number; numerator?: number; denominator?: number };

/** An indicator's row as a realisation, or its problems; undefined where the row fills nothing. */
function readRealisation(
  indicator: TIndicator,
  { value, numerator, denominator }: TFigures,
  explanation: string,
  problem: (key: TEntryColumn, message: string) => void,
): TIndicatorRealisation | undefined {
  const m = t(quarterSheetMessages).problems;
  const parts = numerator !== undefined || denominator !== undefined;
  if (parts && !indicator.ratio) problem('numerator', m.notARatio);
  else if (parts && value !== undefined) problem('realisation', m.valueOrParts);
  else if (parts && (numerator === undefined || denominator === undefined || denominator <= 0))
    problem(numerator === undefined ? 'numerator' : 'denominator', m.partsTogether);
  else if (value !== undefined) {
    const wrong = figureProblem(numberKindOf(indicator), value);
    if (wrong) problem('realisation', wrong);
  }
  if (value === undefined && !parts && explanation === '') return undefined;
  return {
    indicatorId: indicator.id,
    ...(value !== undefined && { value }),
    ...(numerator !== undefined && denominator !== undefined && { numerator, denominator }),
    ...(explanation !== '' && { explanation }),
  };
}
