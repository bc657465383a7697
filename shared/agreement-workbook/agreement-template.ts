import { formatNumber } from '../calc/format.js';
import type { TAgreementContent } from '../model/agreement-content.js';
import { type TIndicator, type TTarget, targetGrade, targetValue } from '../model/indicator.js';
import type { TUnit } from '../model/organisation.js';
import type { TSheetModel } from '../workbook/sheet-model.js';
import {
  aggregationWords,
  columnHeaders,
  numberKindWords,
  polarityWords,
  type TTemplateColumn,
  type TTemplateLevel,
  templateSheets,
} from './template-columns.js';

type TCellValue = string | number | null;
type TRowValues = Partial<Record<TTemplateColumn, TCellValue>>;

/** A graded target ("81,57 (A)") as text, a plain one as the number it is. */
const targetCell = (target: TTarget): TCellValue => {
  const grade = targetGrade(target);
  return grade ? `${formatNumber(targetValue(target), { maxDecimals: 4 })} (${grade})` : targetValue(target);
};

function indicatorValues(indicator: TIndicator): TRowValues {
  const [tw1, tw2, tw3, tw4] = indicator.quarterTargets.map(targetCell);
  return {
    indicatorCode: indicator.code,
    indicatorName: indicator.name,
    unit: indicator.unit,
    numberKind: indicator.numberKind ? numberKindWords[indicator.numberKind] : null,
    polarity: polarityWords[indicator.polarity],
    aggregation: aggregationWords[indicator.aggregation],
    target: targetCell(indicator.target),
    tw1,
    tw2,
    tw3,
    tw4,
    numeratorLabel: indicator.ratio?.numeratorLabel ?? null,
    denominatorLabel: indicator.ratio?.denominatorLabel ?? null,
    id: indicator.id,
  };
}

/** One row per indicator under its owner's columns; an owner without indicators still has its row. */
const rowsOf = <I extends TIndicator>(
  owner: { indicators: I[] },
  ownerValues: TRowValues,
  extra: (indicator: I) => TRowValues = () => ({}),
): TRowValues[] =>
  owner.indicators.length === 0
    ? [ownerValues]
    : owner.indicators.map((indicator) => ({
        ...ownerValues,
        ...indicatorValues(indicator),
        ...extra(indicator),
      }));

function sheet(level: TTemplateLevel, rows: TRowValues[]): TSheetModel {
  const { name, columns } = templateSheets[level];
  return {
    name,
    columns: columns.map((column) => ({
      header: columnHeaders[column].header,
      width: columnHeaders[column].width,
      ...(choicesOf(column) && { choices: choicesOf(column) }),
    })),
    rows: rows.map((row) => columns.map((column) => row[column] ?? null)),
  };
}

const choicesOf = (column: TTemplateColumn): string[] | undefined =>
  ({
    numberKind: Object.values(numberKindWords),
    polarity: Object.values(polarityWords),
    aggregation: Object.values(aggregationWords),
  })[column as string];

/**
 * The agreement as the planner's template: what they download, fill or edit in Excel and upload
 * again; `readAgreementTemplate` reads it back to the same content. Units by name.
 */
export function agreementTemplate(content: TAgreementContent, units: readonly TUnit[]): TSheetModel[] {
  const unitName = (id: string) => units.find((unit) => unit.id === id)?.name ?? id;
  return [
    sheet(
      'objectives',
      content.objectives.flatMap((objective) =>
        rowsOf(objective, { objectiveCode: objective.code, objectiveName: objective.name }, (indicator) => ({
          formula: indicator.formula,
          responsibleUnits: indicator.responsibleUnitIds.map(unitName).join('; '),
          dataSource: indicator.dataSource,
        })),
      ),
    ),
    sheet(
      'programs',
      content.programs.flatMap((program) =>
        rowsOf(program, {
          programCode: program.code,
          programName: program.name,
          programUnit: unitName(program.unitId),
        }),
      ),
    ),
    sheet(
      'activities',
      content.activities.flatMap((activity) =>
        rowsOf(activity, {
          activityCode: activity.code,
          programCodeOfActivity: activity.programCode,
          activityName: activity.name,
          activityUnit: unitName(activity.unitId),
          budget: activity.budget,
        }),
      ),
    ),
  ];
}
