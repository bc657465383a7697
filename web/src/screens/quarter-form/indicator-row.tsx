import { useEffect, useState } from 'react';
import { quarterFormMessages } from '../../../../shared/messages/web/quarter-form';
import { DataCells, type TColumn } from '../../components/data-table';
import { TextAreaField } from '../../components/field';
import { useMessages } from '../../i18n/i18n';
import type { TIndicatorLine } from '../../part/indicator-columns';
import { fieldId, type TIndicatorDraft } from './part-draft';

/** One indicator of the form: the line the table's columns draw, with what is typed for it. */
export type TFormLine = TIndicatorLine & {
  draft: TIndicatorDraft;
  editable: boolean;
  errors: Map<string, string[]>;
  onChange: (change: Partial<TIndicatorDraft>) => void;
  /** Several cells pasted into this indicator's field: they go to it and the ones below. */
  onPasteBlock: (text: string) => void;
  /** A ratio in TW4: its parts for the whole year may be entered too. */
  asksYearParts?: boolean;
};

type TIndicatorRowProps = {
  columns: readonly TColumn<TFormLine>[];
  line: TFormLine;
  reviewComment?: string;
};

/** One indicator: its cells (targets, the realisation input, live achievement), then its explanation. */
export function IndicatorRow({ columns, line, reviewComment }: TIndicatorRowProps) {
  const m = useMessages(quarterFormMessages);
  const { place, draft, figures, editable, errors } = line;
  const { indicator } = place;
  const [wantsExplanation, setWantsExplanation] = useState(false);
  const explanationPath = `indicators.${indicator.id}.explanation`;
  const explanationErrors = errors.get(explanationPath) ?? [];
  // Asked for, the explanation's field takes the place and the focus of the button that asked:
  // a keyboard left on a button gone from the page starts again from the top.
  useEffect(() => {
    if (wantsExplanation) document.getElementById(fieldId(explanationPath))?.focus();
  }, [wantsExplanation, explanationPath]);
  const showExplanation =
    figures.needsExplanation || draft.explanation !== '' || wantsExplanation || explanationErrors.length > 0;
  return (
    <tbody className="indicator" data-indicator-id={indicator.id}>
      <tr>
        <DataCells columns={columns} row={line} />
      </tr>
      {(showExplanation || reviewComment || editable) && (
        <tr className="explanation-row">
          <td colSpan={columns.length}>
            {reviewComment && (
              <p className="review-comment free-text">
                <strong>{m.reviewComment}:</strong> {reviewComment}
              </p>
            )}
            {showExplanation ? (
              <TextAreaField
                id={fieldId(explanationPath)}
                className="explanation"
                label={`${figures.needsExplanation ? m.explanationRequired : m.explanation} — ${indicator.code}`}
                errors={explanationErrors}
                value={draft.explanation}
                disabled={!editable}
                rows={2}
                onChange={(e) => line.onChange({ explanation: e.target.value })}
              />
            ) : (
              editable && (
                <button
                  type="button"
                  className="link-button add-explanation"
                  onClick={() => setWantsExplanation(true)}
                >
                  + {m.addExplanation}
                </button>
              )
            )}
          </td>
        </tr>
      )}
    </tbody>
  );
}
