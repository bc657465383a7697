import { Fragment } from 'react';
import type { TIndicatorLevel } from '../../../../shared/model/agreement-indicators';
import type { TQuarter } from '../../../../shared/model/quarter';
import type { TQuarterPartContent } from '../../../../shared/model/realisation';
import { useAgency } from '../../app/agency';
import { commonMessages } from '../../i18n/common-messages';
import { useMessages } from '../../i18n/i18n';
import { historyWith, liveFigures } from './indicator-figures';
import { IndicatorRow } from './indicator-row';
import { realisationOf, type TIndicatorDraft, type TPartDraft, type TUnitScope } from './part-draft';
import { quarterFormMessages } from './quarter-form-messages';

type TIndicatorTableProps = {
  scope: TUnitScope;
  quarter: TQuarter;
  draft: TPartDraft;
  earlierParts: TQuarterPartContent[];
  editable: boolean;
  errors: Map<string, string[]>;
  indicatorComments: Record<string, string>;
  onChange: (indicatorId: string, change: Partial<TIndicatorDraft>) => void;
};

/** The unit's indicators grouped under their objective, program or activity, in report order. */
export function IndicatorTable(props: TIndicatorTableProps) {
  const m = useMessages(quarterFormMessages);
  const common = useMessages(commonMessages);
  const { scope, quarter, draft } = props;
  const { settings } = useAgency();
  let lastGroup = '';
  return (
    <div className="table-scroll">
      <table className="data-table indicator-table stack-on-phone">
        <thead>
          <tr>
            <th scope="col">{m.indicator}</th>
            <th scope="col" className="num">
              {m.annualTarget}
            </th>
            <th scope="col" className="num">
              {m.quarterTarget(common.quarterShort(quarter))}
            </th>
            <th scope="col">{m.realisation}</th>
            <th scope="col" className="num">
              {m.achievement}
            </th>
            <th scope="col" className="num">
              {m.toDate}
            </th>
            <th scope="col">{m.status}</th>
          </tr>
        </thead>
        {scope.places.map((place) => {
          const { indicator } = place;
          const typed = draft.indicators[indicator.id];
          if (!typed) return null;
          const current = realisationOf(indicator.id, typed, draft.lang, indicator.ratio !== undefined);
          const history = historyWith(indicator.id, quarter, current, props.earlierParts);
          const group = `${place.level}:${place.code}`;
          const header = group !== lastGroup && (
            <GroupHeader level={place.level} code={place.code} name={place.ownerName} />
          );
          lastGroup = group;
          return (
            <Fragment key={indicator.id}>
              {header}
              <IndicatorRow
                place={place}
                quarter={quarter}
                draft={typed}
                figures={liveFigures(indicator, history, quarter, settings)}
                editable={props.editable}
                errors={props.errors}
                reviewComment={props.indicatorComments[indicator.id]}
                onChange={(change) => props.onChange(indicator.id, change)}
              />
            </Fragment>
          );
        })}
      </table>
    </div>
  );
}

function GroupHeader(props: { level: TIndicatorLevel; code: string; name: string }) {
  const m = useMessages(quarterFormMessages);
  return (
    <tbody>
      <tr className="group">
        <th colSpan={7} scope="rowgroup">
          {m.groups[props.level]} {props.code}: {props.name}
        </th>
      </tr>
    </tbody>
  );
}
