import { cellAt, cellText, columnName, type TCheckedSheet } from '../checker/checked-sheet.js';
import { locales, t } from '../i18n.js';
import { quarterSheetMessages } from '../messages/quarter-sheet.js';
import type { TAgreementVersion } from '../model/agreement.js';
import { entryUnitId, indicatorPlaces } from '../model/agreement-indicators.js';
import { figureProblem, numberKindOf } from '../model/figure.js';
import type { TBudgetRealisation, TIndicatorRealisation } from '../model/realisation.js';
import { maxRupiah } from '../model/rupiah.js';
import { activityColumnKeys, indicatorColumnKeys } from './entry-sheet.js';

/** What cannot be taken in from a filled sheet, at its cell, in the reader's language. */
export type TSheetProblem = { sheet: string; row: number; column: string; message: string };

/** A filled entry sheet read: the unit it names, its figures, and what cannot be taken in. */
export type TSheetEntry = {
  sheet: string;
  unitName: string | undefined;
  realisations: TIndicatorRealisation[];
  budget: TBudgetRealisation[];
  problems: TSheetProblem[];
};

const normal = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

/** A header's labels in both languages: a sheet downloaded in English is read as well. */
function labelsOf<K extends string>(pick: (m: (typeof quarterSheetMessages)['id']) => Record<K, string>) {
  return (label: string): K | undefined => {
    for (const locale of locales) {
      const found = Object.entries(pick(quarterSheetMessages[locale])).find(
        ([, text]) => normal(String(text)) === normal(label),
      );
      if (found) return found[0] as K;
    }
    return undefined;
  };
}
const indicatorLabel = labelsOf((m) => m.indicatorColumns);
const activityLabel = labelsOf((m) => m.activityColumns);
const unitLabels = new Set(locales.map((l) => normal(quarterSheetMessages[l].unitLabel)));

type TColumns<K extends string> = Map<K, number>;

/** The first row whose labels name the key columns, and where each column is. */
function findHeader<K extends string>(
  sheet: TCheckedSheet,
  labelOf: (label: string) => K | undefined,
  keys: readonly K[],
  required: readonly K[],
  from = 0,
): { row: number; columns: TColumns<K> } | undefined {
  for (let row = from; row < sheet.rows.length; row++) {
    const columns: TColumns<K> = new Map();
    (sheet.rows[row] ?? []).forEach((_, c) => {
      const key = labelOf(cellText(sheet, row, c));
      if (key && keys.includes(key) && !columns.has(key)) columns.set(key, c);
    });
    if (required.every((key) => columns.has(key))) return { row, columns };
  }
  return undefined;
}

/** The rows under a header up to the first blank one. */
function rowsUnder(sheet: TCheckedSheet, header: number): number[] {
  const rows: number[] = [];
  for (let row = header + 1; row < sheet.rows.length; row++) {
    if ((sheet.rows[row] ?? []).every((cell) => !cell || cell.text.trim() === '')) break;
    rows.push(row);
  }
  return rows;
}

const indicatorHeader = (sheet: TCheckedSheet) =>
  findHeader(sheet, indicatorLabel, indicatorColumnKeys, ['code', 'realisation']);

/** Whether a sheet holds an entry table (a workbook may carry notes or other sheets beside). */
export const isEntrySheet = (sheet: TCheckedSheet): boolean => indicatorHeader(sheet) !== undefined;

/** The unit a sheet names beside "Unit kerja" ("Unit"), if it names one. */
export function entrySheetUnitName(sheet: TCheckedSheet): string | undefined {
  const row = sheet.rows.findIndex((_, r) => unitLabels.has(normal(cellText(sheet, r, 0))));
  return row >= 0 ? cellText(sheet, row, 1) || undefined : undefined;
}

type TReadNumber = { value: number } | { problem: string } | undefined;

/** A cell's number; undefined where blank, a problem where it holds text or an ambiguous figure. */
function numberAt(sheet: TCheckedSheet, row: number, column: number | undefined): TReadNumber {
  if (column === undefined) return undefined;
  const cell = cellAt(sheet, row, column);
  const text = cell?.text.trim() ?? '';
  if (!cell || text === '' || text === '-' || text === '–') return undefined;
  const m = t(quarterSheetMessages).problems;
  if (cell.ambiguous) return { problem: m.ambiguous(text) };
  return cell.number === undefined ? { problem: m.notANumber(text) } : { value: cell.number };
}

/**
 * Reads a unit's filled entry sheet against the agreement: each indicator row by its code (only
 * the unit's own, each once), the realisation or a ratio's parts in the indicator's number kind,
 * the explanation, each activity's spending as whole Rupiah. Blank cells are left out (the draft
 * keeps what it holds); every other cell that cannot be taken in is a problem at its cell.
 */
export function readEntrySheet(
  sheet: TCheckedSheet,
  agreement: TAgreementVersion,
  unitId: string,
): TSheetEntry {
  const m = t(quarterSheetMessages).problems;
  const problems: TSheetProblem[] = [];
  const problem = (row: number, column: number, message: string) =>
    problems.push({ sheet: sheet.name, row: row + 1, column: columnName(column), message });
  const entry: TSheetEntry = {
    sheet: sheet.name,
    unitName: entrySheetUnitName(sheet),
    realisations: [],
    budget: [],
    problems,
  };
  const indicators = indicatorHeader(sheet);
  if (!indicators) {
    problems.push({ sheet: sheet.name, row: 1, column: 'A', message: m.noTable });
    return entry;
  }
  const places = new Map(
    indicatorPlaces(agreement)
      .filter((place) => entryUnitId(place) === unitId)
      .map((place) => [normal(place.indicator.code), place.indicator]),
  );
  const seen = new Set<string>();
  const col = (key: (typeof indicatorColumnKeys)[number]) => indicators.columns.get(key);
  for (const row of rowsUnder(sheet, indicators.row)) {
    const codeColumn = col('code') ?? 0;
    const code = cellText(sheet, row, codeColumn);
    const indicator = places.get(normal(code));
    if (!indicator) {
      problem(row, codeColumn, m.unknownIndicator(code));
      continue;
    }
    if (seen.has(indicator.id)) {
      problem(row, codeColumn, m.twice(code));
      continue;
    }
    seen.add(indicator.id);
    const read = (key: 'realisation' | 'numerator' | 'denominator') => {
      const found = numberAt(sheet, row, col(key));
      if (found && 'problem' in found) problem(row, col(key) ?? 0, found.problem);
      return found && 'value' in found ? found.value : undefined;
    };
    const [value, numerator, denominator] = [read('realisation'), read('numerator'), read('denominator')];
    const explanation = col('explanation') === undefined ? '' : cellText(sheet, row, col('explanation') ?? 0);
    const parts = numerator !== undefined || denominator !== undefined;
    if (parts && !indicator.ratio) problem(row, col('numerator') ?? 0, m.notARatio);
    else if (parts && value !== undefined) problem(row, col('realisation') ?? 0, m.valueOrParts);
    else if (parts && (numerator === undefined || denominator === undefined || denominator <= 0))
      problem(row, col(numerator === undefined ? 'numerator' : 'denominator') ?? 0, m.partsTogether);
    else if (value !== undefined) {
      const wrong = figureProblem(numberKindOf(indicator), value);
      if (wrong) problem(row, col('realisation') ?? 0, wrong);
    }
    if (value === undefined && !parts && explanation === '') continue;
    entry.realisations.push({
      indicatorId: indicator.id,
      ...(value !== undefined && { value }),
      ...(parts && numerator !== undefined && denominator !== undefined && { numerator, denominator }),
      ...(explanation !== '' && { explanation }),
    });
  }

  const activities = findHeader(
    sheet,
    activityLabel,
    activityColumnKeys,
    ['code', 'spent'],
    indicators.row + 1,
  );
  if (!activities) return entry;
  const own = new Set(agreement.activities.filter((a) => a.unitId === unitId).map((a) => normal(a.code)));
  const codes = new Map(agreement.activities.map((a) => [normal(a.code), a.code]));
  const spent = new Set<string>();
  for (const row of rowsUnder(sheet, activities.row)) {
    const codeColumn = activities.columns.get('code') ?? 0;
    const typedCode = cellText(sheet, row, codeColumn);
    const code = codes.get(normal(typedCode));
    if (!code || !own.has(normal(code))) {
      problem(row, codeColumn, m.unknownActivity(typedCode));
      continue;
    }
    if (spent.has(code)) {
      problem(row, codeColumn, m.twice(typedCode));
      continue;
    }
    spent.add(code);
    const spentColumn = activities.columns.get('spent') ?? 0;
    const amount = numberAt(sheet, row, spentColumn);
    if (!amount) continue;
    if ('problem' in amount) problem(row, spentColumn, amount.problem);
    else if (!Number.isSafeInteger(amount.value) || amount.value < 0 || amount.value > maxRupiah)
      problem(row, spentColumn, m.rupiah);
    else entry.budget.push({ activityCode: code, amount: amount.value });
  }
  return entry;
}
