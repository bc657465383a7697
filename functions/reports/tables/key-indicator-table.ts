import { reportMessages } from '../../../shared/messages/reports.js';
import type { TAgreementVersion } from '../../../shared/model/agreement.js';
import { type TReportContext, unitName } from '../report-context.js';
import type { TCell, TReportTable } from './report-table.js';

/** The IKU table of Bab II: objective, key indicator, formula, responsible units and data source. */
export function keyIndicatorTable(agreement: TAgreementVersion, context: TReportContext): TReportTable {
  const l = reportMessages[context.locale];
  const rows = agreement.objectives.flatMap((objective) =>
    objective.indicators.map((indicator, i): (TCell | null)[] => [
      ...(i === 0
        ? [
            { value: objective.code, align: 'center' as const, rowSpan: objective.indicators.length },
            { value: objective.name, rowSpan: objective.indicators.length },
          ]
        : [null, null]),
      { value: indicator.name },
      { value: indicator.formula },
      { value: indicator.responsibleUnitIds.map((id) => unitName(context, id)).join('; ') },
      { value: indicator.dataSource },
    ]),
  );
  return {
    widths: [5, 22, 18, 30, 16, 24],
    header: [
      [l.no, l.objective, l.keyIndicator, l.formula, l.responsible, l.source].map((text) => ({ text })),
    ],
    rows,
  };
}
