import { formatNumber } from '../calc/format.js';
import { currentLocale, t } from '../i18n.js';
import { importMessages } from '../messages/agreement-import.js';
import { guessNumberKind, type TNumberKind } from '../model/figure.js';
import {
  type TAggregation,
  type TIndicator,
  type TKeyIndicator,
  type TPolarity,
  type TTarget,
  targetGrade,
  targetValue,
} from '../model/indicator.js';
import { cellExcerpt } from '../workbook/sheet-cells.js';
import { readSheetNumber } from '../workbook/sheet-number.js';
import { annualTargetOf, defaultAggregation, defaultPolarity } from './indicator-defaults.js';
import type { TCellPlace, TImportDefault, TImportProblem, TRowCells } from './read-template.js';
import {
  aggregationWords,
  numberKindWords,
  polarityWords,
  type TTemplateColumn,
} from './template-columns.js';

export type TIndicatorReader = {
  cells: TRowCells;
  path: string;
  /** The code the indicator takes where the table has none (its owner's code and its letter). */
  defaultCode: string;
  /** The unit that answers for every row of a sheet without a unit column. */
  sheetUnitId?: string;
  unitIdOf: (text: string, place: TCellPlace, path: string) => string;
  newId: () => string;
  places: Map<string, TCellPlace>;
  problems: TImportProblem[];
  defaults: TImportDefault[];
};

/** A word of a choice column (Indonesian as the template writes it, or the code), or a problem. */
function choice<T extends string>(
  reader: TIndicatorReader,
  column: TTemplateColumn,
  words: Record<T, string>,
): T | undefined {
  const text = reader.cells.get(column)?.text.trim().toLowerCase() ?? '';
  if (text === '') return undefined;
  const found = (Object.keys(words) as T[]).find((code) => code === text || words[code] === text);
  if (!found)
    problem(
      reader,
      column,
      t(importMessages).choice(cellExcerpt(text), Object.values<string>(words).join(', ')),
    );
  return found;
}

function problem(reader: TIndicatorReader, column: TTemplateColumn, message: string): void {
  const place = reader.cells.place(column);
  reader.problems.push({ sheet: place.sheet, place, message });
}

// "81,57 (A)": a target with its display grade.
const graded = /^(.+?)\s*\(([^()]{1,12})\)$/;

/** A target cell: a number, a number with a grade, or a problem at the cell (a blank one is required). */
function target(reader: TIndicatorReader, column: TTemplateColumn): TTarget {
  const cell = reader.cells.get(column);
  if (!cell) {
    problem(reader, column, t(importMessages).required);
    return Number.NaN;
  }
  return filledTarget(reader, column);
}

function filledTarget(reader: TIndicatorReader, column: TTemplateColumn): TTarget {
  const cell = reader.cells.get(column);
  const m = t(importMessages);
  if (!cell) return Number.NaN;
  if (cell.number !== undefined) return cell.number;
  if (cell.ambiguous) {
    problem(reader, column, m.ambiguous(cellExcerpt(cell.text)));
    return Number.NaN;
  }
  const [, figure = '', grade] = graded.exec(cell.text.trim()) ?? [];
  const read = readSheetNumber(figure);
  if (grade && read && 'number' in read) return { value: read.number, grade };
  const excerpt = cellExcerpt(cell.text);
  problem(reader, column, read && 'ambiguous' in read ? m.ambiguous(excerpt) : m.notANumber(excerpt));
  return Number.NaN;
}

/** Records a value the table left out, to be shown as a default before anything is stored. */
function proposed<T>(reader: TIndicatorReader, field: TTemplateColumn, value: T, shown: string): T {
  const { row, sheet } = reader.cells.place('indicatorName');
  const subject = reader.cells.text('indicatorName');
  reader.defaults.push({ sheet, row, subject, field, value: shown });
  return value;
}

const figure = (target: TTarget) => {
  const grade = targetGrade(target);
  const number = formatNumber(targetValue(target), { locale: currentLocale(), maxDecimals: 4 });
  return grade ? `${number} (${grade})` : number;
};

/**
 * What the row leaves out, proposed: the kind from its unit, how the year follows from the
 * quarters (from its annual target where it has one), the annual target from the quarters, the
 * direction from its name, the code from its owner's. Each is recorded as a default.
 */
function proposedFigures(reader: TIndicatorReader, name: string, unit: string) {
  const m = t(importMessages).defaults;
  const numberKind =
    choice<TNumberKind>(reader, 'numberKind', numberKindWords) ??
    ((kind) => proposed(reader, 'numberKind', kind, m.numberKind(m.kinds[kind], unit)))(
      guessNumberKind(unit),
    );
  const quarterTargets: [TTarget, TTarget, TTarget, TTarget] = [
    target(reader, 'tw1'),
    target(reader, 'tw2'),
    target(reader, 'tw3'),
    target(reader, 'tw4'),
  ];
  const typed = reader.cells.get('target') ? filledTarget(reader, 'target') : undefined;
  const aggregation =
    choice<TAggregation>(reader, 'aggregation', aggregationWords) ??
    ((found) =>
      proposed(reader, 'aggregation', found, m.aggregation(m.aggregations[found], typed !== undefined)))(
      defaultAggregation(typed, quarterTargets, numberKind),
    );
  const annual =
    typed ??
    ((found) => proposed(reader, 'target', found, m.target(figure(found), aggregation === 'sum')))(
      annualTargetOf(aggregation, quarterTargets),
    );
  const guessed = defaultPolarity(name);
  const polarity =
    choice<TPolarity>(reader, 'polarity', polarityWords) ??
    proposed(reader, 'polarity', guessed.polarity, guessed.word ? m.lower(guessed.word) : m.higher);
  const code =
    reader.cells.get('indicatorCode')?.text.trim() ||
    proposed(reader, 'indicatorCode', reader.defaultCode, m.code(reader.defaultCode));
  return { numberKind, quarterTargets, aggregation, target: annual, polarity, code };
}

/** An indicator of a program or an activity read from its row. */
export function readIndicator(reader: TIndicatorReader): TIndicator {
  const { cells, path, places } = reader;
  const { text } = cells;
  const fields: [string, TTemplateColumn][] = [
    ['code', 'indicatorCode'],
    ['name', 'indicatorName'],
    ['unit', 'unit'],
    ['numberKind', 'numberKind'],
    ['polarity', 'polarity'],
    ['aggregation', 'aggregation'],
    ['target', 'target'],
    ['quarterTargets.0', 'tw1'],
    ['quarterTargets.1', 'tw2'],
    ['quarterTargets.2', 'tw3'],
    ['quarterTargets.3', 'tw4'],
    ['ratio', 'numeratorLabel'],
    ['id', 'id'],
  ];
  for (const [field, column] of fields) places.set(`${path}.${field}`, cells.place(column));
  // A target the table leaves out is the quarters' figure: its problems are theirs.
  if (!cells.get('target')) places.set(`${path}.target`, cells.place('tw4'));
  const figures = proposedFigures(reader, text('indicatorName'), text('unit'));
  const numerator = text('numeratorLabel');
  const denominator = text('denominatorLabel');
  if (Boolean(numerator) !== Boolean(denominator)) {
    problem(reader, numerator ? 'denominatorLabel' : 'numeratorLabel', t(importMessages).ratioTogether);
  }
  return {
    id: text('id') || reader.newId(),
    code: figures.code,
    name: text('indicatorName'),
    unit: text('unit'),
    numberKind: figures.numberKind,
    polarity: figures.polarity,
    aggregation: figures.aggregation,
    ...(numerator && denominator && { ratio: { numeratorLabel: numerator, denominatorLabel: denominator } }),
    target: figures.target,
    quarterTargets: figures.quarterTargets,
  };
}

/** A key indicator (IKU) of an objective: an indicator with its formula, units and data source. */
export function readKeyIndicator(reader: TIndicatorReader): TKeyIndicator {
  const { cells, path, places } = reader;
  const { text } = cells;
  places.set(`${path}.formula`, cells.place('formula'));
  places.set(`${path}.dataSource`, cells.place('dataSource'));
  places.set(`${path}.responsibleUnitIds`, cells.place('responsibleUnits'));
  const unitNames = text('responsibleUnits')
    .split(/\s*;\s*/)
    .filter(Boolean);
  // A sheet without a units column: every key indicator answers to the unit chosen for it.
  const responsibleUnitIds =
    unitNames.length === 0 && reader.sheetUnitId
      ? [reader.sheetUnitId]
      : unitNames.map((name, u) =>
          reader.unitIdOf(name, cells.place('responsibleUnits'), `${path}.responsibleUnitIds.${u}`),
        );
  return {
    ...readIndicator(reader),
    formula: text('formula'),
    responsibleUnitIds,
    dataSource: text('dataSource'),
  };
}
