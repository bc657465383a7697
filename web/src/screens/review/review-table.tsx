import type { ComponentProps } from 'react';
import { commonMessages } from '../../../../shared/messages/common';
import { plausibilityMessages } from '../../../../shared/messages/plausibility';
import { reviewMessages } from '../../../../shared/messages/web/review';
import type { TQuarter } from '../../../../shared/model/quarter';
import type { TIndicatorRealisation, TQuarterPartContent } from '../../../../shared/model/realisation';
import { implausibleText, isConfirmed } from '../../../../shared/workflow/plausibility';
import { useAgency } from '../../app/agency';
import { DataCells, DataTable, type TColumn } from '../../components/data-table';
import { TextAreaField } from '../../components/field';
import { useMessages } from '../../i18n/i18n';
import { type TIndicatorLine, useIndicatorColumns } from '../../part/indicator-columns';
import { historyWith, liveFigures } from '../quarter-form/indicator-figures';
import type { TUnitScope } from '../quarter-form/part-draft';
import { realisationText } from './realisation-text';

type TReviewTableProps = {
  scope: TUnitScope;
  quarter: TQuarter;
  content: TQuarterPartContent;
  earlierParts: TQuarterPartContent[];
  previous: TQuarterPartContent | undefined;
  /** Present when the reviewer may comment: the props of an indicator's comment field (the review form's). */
  comments?: (indicatorId: string) => TCommentProps;
};

type TCommentProps = Omit<ComponentProps<typeof TextAreaField>, 'id' | 'label'>;

type TReviewLine = TIndicatorLine & {
  current: TIndicatorRealisation | undefined;
  previous: TIndicatorRealisation | undefined;
};

/** The part beside its targets and the previous quarter, with a comment field per indicator. */
export function ReviewTable(props: TReviewTableProps) {
  const m = useMessages(reviewMessages);
  const common = useMessages(commonMessages);
  const plausibility = useMessages(plausibilityMessages);
  const { fmt, settings } = useAgency();
  const { quarter } = props;
  const shared = useIndicatorColumns(quarter);
  const words = { nothingToReport: m.nothingToReport, notEntered: m.notEntered };
  const columns: (TColumn<TReviewLine> | false)[] = [
    {
      header: m.indicator,
      rowHeader: true,
      cell: ({ place: { indicator } }) => (
        <>
          <span className="code">{indicator.code}</span>
          <span className="indicator-name">{indicator.name}</span>
          <div className="indicator-meta">{indicator.unit}</div>
        </>
      ),
    },
    ...shared.targets,
    quarter > 1 && {
      header: m.previous(common.quarterShort(quarter - 1)),
      num: true,
      cell: (line) => realisationText(line.previous, fmt, words),
    },
    {
      header: m.current(common.quarterShort(quarter)),
      num: true,
      cellClass: () => 'strong',
      cell: ({ current, figures: { implausible } }) => (
        <>
          {realisationText(current, fmt, words)}
          {/* The figure the plausibility check questioned, and whether its division head confirmed it. */}
          {implausible && (
            <div className="implausible">
              ⚠ {implausibleText(implausible)}
              {isConfirmed(current, implausible) && ` (${plausibility.confirmed})`}
            </div>
          )}
        </>
      ),
    },
    ...shared.figures,
  ];
  const span = columns.filter(Boolean).length;
  return (
    <DataTable columns={columns} className="review-table">
      {props.scope.places.map((place) => {
        const { indicator } = place;
        const current = props.content.realisations.find((r) => r.indicatorId === indicator.id);
        const line: TReviewLine = {
          place,
          current,
          previous: props.previous?.realisations.find((r) => r.indicatorId === indicator.id),
          figures: liveFigures(
            indicator,
            historyWith(indicator.id, quarter, current, props.earlierParts),
            quarter,
            settings,
          ),
        };
        return (
          <tbody key={indicator.id} className="indicator" data-indicator-id={indicator.id}>
            <tr>
              <DataCells columns={columns} row={line} />
            </tr>
            {(current?.explanation || props.comments) && (
              <tr className="explanation-row">
                <td colSpan={span}>
                  {/* Under the figures, the row's whole width: a few paragraphs squeezed no column. */}
                  {current?.explanation && (
                    <p className="free-text">
                      <strong>{m.explanation}:</strong> {current.explanation}
                    </p>
                  )}
                  {props.comments && (
                    <TextAreaField
                      id={`comment-${indicator.id}`}
                      label={`${m.comment} — ${indicator.code}`}
                      rows={1}
                      {...props.comments(indicator.id)}
                    />
                  )}
                </td>
              </tr>
            )}
          </tbody>
        );
      })}
    </DataTable>
  );
}
