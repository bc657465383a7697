import { t } from '../i18n.js';
import { importMessages } from '../messages/agreement-import.js';
import type { TNumberKind } from '../model/figure.js';
import type { TAggregation, TIndicator, TKeyIndicator, TPolarity, TTarget } from '../model/indicator.js';
import { readSheetNumber } from '../workbook/sheet-number.js';
import type { TCellPlace, TImportProblem, TRowCells } from './read-template.js';
import {
  aggregationWords,
  numberKindWords,
  polarityWords,
  type TTemplateColumn,
} from './template-columns.js';

export type TIndicatorReader = {
  cells: TRowCells;
  path: string;
  unitIdOf: (text: string, place: TCellPlace, path: string) => string;
  newId: () => string;
  places: Map<string, TCellPlace>;
  problems: TImportProblem[];
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
    problem(reader, column, t(importMessages).choice(text, Object.values<string>(words).join(', ')));
  return found;
}

function problem(reader: TIndicatorReader, column: TTemplateColumn, message: string): void {
  const place = reader.cells.place(column);
  reader.problems.push({ sheet: place.sheet, place, message });
}

// "81,57 (A)": a target with its display grade.
const graded = /^(.+?)\s*\(([^()]{1,12})\)$/;

/** A target cell: a number, a number with a grade, or a problem at the cell. */
function target(reader: TIndicatorReader, column: TTemplateColumn): TTarget {
  const cell = reader.cells.get(column);
  const m = t(importMessages);
  if (!cell) {
    problem(reader, column, m.required);
    return Number.NaN;
  }
  if (cell.number !== undefined) return cell.number;
  if (cell.ambiguous) {
    problem(reader, column, m.ambiguous(cell.text));
    return Number.NaN;
  }
  const [, figure = '', grade] = graded.exec(cell.text.trim()) ?? [];
  const read = readSheetNumber(figure);
  if (grade && read && 'number' in read) return { value: read.number, grade };
  problem(reader, column, read && 'ambiguous' in read ? m.ambiguous(cell.text) : m.notANumber(cell.text));
  return Number.NaN;
}

/** An indicator of a program or an activity read from its row. */
export function readIndicator(reader: TIndicatorReader): TIndicator {
  const { cells, path, places } = reader;
  const text = (column: TTemplateColumn) => cells.get(column)?.text.trim() ?? '';
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
  const numberKind = choice<TNumberKind>(reader, 'numberKind', numberKindWords);
  const numerator = text('numeratorLabel');
  const denominator = text('denominatorLabel');
  if (Boolean(numerator) !== Boolean(denominator)) {
    problem(reader, numerator ? 'denominatorLabel' : 'numeratorLabel', t(importMessages).ratioTogether);
  }
  return {
    id: text('id') || reader.newId(),
    code: text('indicatorCode'),
    name: text('indicatorName'),
    unit: text('unit'),
    ...(numberKind && { numberKind }),
    polarity: choice<TPolarity>(reader, 'polarity', polarityWords) ?? 'higher',
    aggregation: choice<TAggregation>(reader, 'aggregation', aggregationWords) ?? 'sum',
    ...(numerator && denominator && { ratio: { numeratorLabel: numerator, denominatorLabel: denominator } }),
    target: target(reader, 'target'),
    quarterTargets: [
      target(reader, 'tw1'),
      target(reader, 'tw2'),
      target(reader, 'tw3'),
      target(reader, 'tw4'),
    ],
  };
}

/** A key indicator (IKU) of an objective: an indicator with its formula, units and data source. */
export function readKeyIndicator(reader: TIndicatorReader): TKeyIndicator {
  const { cells, path, places } = reader;
  const text = (column: TTemplateColumn) => cells.get(column)?.text.trim() ?? '';
  places.set(`${path}.formula`, cells.place('formula'));
  places.set(`${path}.dataSource`, cells.place('dataSource'));
  places.set(`${path}.responsibleUnitIds`, cells.place('responsibleUnits'));
  const unitNames = text('responsibleUnits')
    .split(/\s*;\s*/)
    .filter(Boolean);
  return {
    ...readIndicator(reader),
    formula: text('formula'),
    responsibleUnitIds: unitNames.map((name, u) =>
      reader.unitIdOf(name, cells.place('responsibleUnits'), `${path}.responsibleUnitIds.${u}`),
    ),
    dataSource: text('dataSource'),
  };
}
