import type { TAgreementVersion } from '../../../shared/model/agreement.js';
import { type TReportContext, unitName } from '../report-context.js';
import { labelsFor } from './report-labels.js';
import type { TCell, TReportTable } from './report-table.js';

/** Words of the IKU table, which only the LKj prints. */
const words = {
  id: {
    keyIndicator: 'Indikator Kinerja Utama',
    formula: 'Formulasi / Penjelasan',
    responsible: 'Penanggung Jawab',
    source: 'Sumber Data',
  },
  en: {
    keyIndicator: 'Key performance indicator',
    formula: 'Formula',
    responsible: 'Responsible',
    source: 'Data source',
  },
};

/** The IKU table of Bab II: objective, key indicator, formula, responsible units and data source. */
export function keyIndicatorTable(agreement: TAgreementVersion, context: TReportContext): TReportTable {
  const l = labelsFor(context.locale);
  const w = words[context.locale];
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
      [l.no, l.objective, w.keyIndicator, w.formula, w.responsible, w.source].map((text) => ({ text })),
    ],
    rows,
  };
}
