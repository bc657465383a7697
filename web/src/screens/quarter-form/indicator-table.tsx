import { Fragment } from 'react';
import { quarterFormMessages } from '../../../../shared/messages/web/quarter-form';
import type { TIndicatorLevel } from '../../../../shared/model/agreement-indicators';
import type { TQuarter } from '../../../../shared/model/quarter';
import type { TQuarterPartContent } from '../../../../shared/model/realisation';
import { useAgency } from '../../app/agency';
import { DataTable, type TColumn } from '../../components/data-table';
import { useMessages } from '../../i18n/i18n';
import { useIndicatorColumns } from '../../part/indicator-columns';
import { historyWith, liveFigures } from './indicator-figures';
import { IndicatorRow, type TFormLine } from './indicator-row';
import { realisationOf, type TIndicatorDraft, type TPartDraft, type TUnitScope } from './part-draft';
import { nameId, RealisationInput } from './realisation-input';

type TIndicatorTableProps = {
  scope: TUnitScope;
  quarter: TQuarter;
  draft: TPartDraft;
  earlierParts: TQuarterPartContent[];
  editable: boolean;
  errors: Map<string, string[]>;
  indicatorComments: Record<string, string>;
  onChange: (indicatorId: string, change: Partial<TIndicatorDraft>) => void;
  onPasteBlock: (indicatorId: string, text: string) => void;
};

/** The unit's indicators grouped under their objective, program or activity, in report order. */
export function IndicatorTable(props: TIndicatorTableProps) {
  const m = useMessages(quarterFormMessages);
  const { scope, quarter, draft } = props;
  const { settings } = useAgency();
  const shared = useIndicatorColumns(quarter);
  const columns: TColumn<TFormLine>[] = [
    {
      header: m.indicator,
      rowHeader: true,
      cell: ({ place: { indicator } }) => (
        <>
          <span className="code">{indicator.code}</span>
          <span className="indicator-name" id={nameId(indicator.id)}>
            {indicator.name}
          </span>
          <div className="indicator-meta">
            {indicator.unit} · {m.kinds[indicator.aggregation]}
            {indicator.polarity === 'lower' ? ` · ${m.lower}` : ''}
          </div>
        </>
      ),
    },
    ...shared.targets,
    { header: m.realisation, cell: (line) => <RealisationInput {...line} /> },
    ...shared.figures,
  ];
  let lastGroup = '';
  return (
    <DataTable columns={columns} className="indicator-table">
      {scope.places.map((place) => {
        const { indicator } = place;
        const typed = draft.indicators[indicator.id];
        if (!typed) return null;
        const current = realisationOf(indicator.id, typed, draft.lang, indicator.ratio !== undefined);
        const history = historyWith(indicator.id, quarter, current, props.earlierParts);
        const group = `${place.level}:${place.code}`;
        const header = group !== lastGroup && (
          <GroupHeader level={place.level} code={place.code} name={place.ownerName} span={columns.length} />
        );
        lastGroup = group;
        return (
          <Fragment key={indicator.id}>
            {header}
            <IndicatorRow
              columns={columns}
              line={{
                place,
                draft: typed,
                figures: liveFigures(indicator, history, quarter, settings),
                editable: props.editable,
                errors: props.errors,
                onChange: (change) => props.onChange(indicator.id, change),
                onPasteBlock: (text) => props.onPasteBlock(indicator.id, text),
                asksYearParts: quarter === 4 && indicator.ratio !== undefined,
              }}
              reviewComment={props.indicatorComments[indicator.id]}
            />
          </Fragment>
        );
      })}
    </DataTable>
  );
}

function GroupHeader(props: { level: TIndicatorLevel; code: string; name: string; span: number }) {
  const m = useMessages(quarterFormMessages);
  return (
    <tbody>
      <tr className="group">
        <th colSpan={props.span} scope="rowgroup">
          {m.groups[props.level]} {props.code}: {props.name}
        </th>
      </tr>
    </tbody>
  );
}
