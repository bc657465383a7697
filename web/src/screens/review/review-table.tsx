import { targetValue } from '../../../../shared/model/indicator';
import type { TQuarter } from '../../../../shared/model/quarter';
import type { TQuarterPartContent } from '../../../../shared/model/realisation';
import { useAgency } from '../../app/agency';
import { BandLabel } from '../../components/band-label';
import { commonMessages } from '../../i18n/common-messages';
import { useMessages } from '../../i18n/i18n';
import { historyWith, liveFigures } from '../quarter-form/indicator-figures';
import type { TUnitScope } from '../quarter-form/part-draft';
import { realisationText } from './realisation-text';
import { reviewMessages } from './review-messages';

type TReviewTableProps = {
  scope: TUnitScope;
  quarter: TQuarter;
  content: TQuarterPartContent;
  earlierParts: TQuarterPartContent[];
  previous: TQuarterPartContent | undefined;
  /** Present when the reviewer may comment: the comment per indicator and its setter. */
  comments?: { values: Record<string, string>; onChange: (indicatorId: string, text: string) => void };
};

/** The part beside its targets and the previous quarter, with a comment field per indicator. */
export function ReviewTable(props: TReviewTableProps) {
  const m = useMessages(reviewMessages);
  const common = useMessages(commonMessages);
  const { fmt, settings } = useAgency();
  const { quarter } = props;
  const words = { nothingToReport: m.nothingToReport, notEntered: m.notEntered };
  return (
    <div className="table-scroll">
      <table className="data-table review-table stack-on-phone">
        <thead>
          <tr>
            <th scope="col">{m.indicator}</th>
            <th scope="col" className="num">
              {m.annualTarget}
            </th>
            <th scope="col" className="num">
              {m.quarterTarget(common.quarterShort(quarter))}
            </th>
            {quarter > 1 && (
              <th scope="col" className="num">
                {m.previous(common.quarterShort(quarter - 1))}
              </th>
            )}
            <th scope="col" className="num">
              {m.current(common.quarterShort(quarter))}
            </th>
            <th scope="col" className="num">
              {m.achievement}
            </th>
            <th scope="col" className="num">
              {m.toDate}
            </th>
            <th scope="col">{m.status}</th>
            <th scope="col">{m.explanation}</th>
          </tr>
        </thead>
        {props.scope.places.map(({ indicator }) => {
          const current = props.content.realisations.find((r) => r.indicatorId === indicator.id);
          const previous = props.previous?.realisations.find((r) => r.indicatorId === indicator.id);
          const figures = liveFigures(
            indicator,
            historyWith(indicator.id, quarter, current, props.earlierParts),
            quarter,
            settings,
          );
          const target = indicator.quarterTargets[quarter - 1];
          const commentId = `comment-${indicator.id}`;
          return (
            <tbody key={indicator.id} className="indicator" data-indicator-id={indicator.id}>
              <tr>
                <th scope="row" data-label={m.indicator}>
                  <span className="code">{indicator.code}</span>
                  <span className="indicator-name">{indicator.name}</span>
                  <div className="indicator-meta">{indicator.unit}</div>
                </th>
                <td className="num" data-label={m.annualTarget}>
                  {fmt.target(indicator.target)}
                </td>
                <td className="num" data-label={m.quarterTarget(common.quarterShort(quarter))}>
                  {target === undefined ? '–' : targetValue(target) === 0 ? '0' : fmt.target(target)}
                </td>
                {quarter > 1 && (
                  <td className="num" data-label={m.previous(common.quarterShort(quarter - 1))}>
                    {realisationText(previous, fmt, words)}
                  </td>
                )}
                <td className="num strong" data-label={m.current(common.quarterShort(quarter))}>
                  {realisationText(current, fmt, words)}
                </td>
                <td className="num" data-label={m.achievement}>
                  {fmt.percent(figures.achieved)}
                </td>
                <td className="num" data-label={m.toDate}>
                  {fmt.percent(figures.toDate)}
                </td>
                <td data-label={m.status}>
                  <BandLabel band={figures.band} />
                </td>
                <td data-label={m.explanation}>{current?.explanation ?? '–'}</td>
              </tr>
              {props.comments && (
                <tr className="explanation-row">
                  <td colSpan={quarter > 1 ? 9 : 8}>
                    <div className="field">
                      <label htmlFor={commentId}>
                        {m.comment} — {indicator.code}
                      </label>
                      <textarea
                        id={commentId}
                        rows={1}
                        value={props.comments.values[indicator.id] ?? ''}
                        onChange={(e) => props.comments?.onChange(indicator.id, e.target.value)}
                      />
                    </div>
                  </td>
                </tr>
              )}
            </tbody>
          );
        })}
      </table>
    </div>
  );
}
