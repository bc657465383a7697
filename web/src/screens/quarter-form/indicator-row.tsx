import { useState } from 'react';
import type { TIndicatorPlace } from '../../../../shared/model/agreement-indicators';
import { targetValue } from '../../../../shared/model/indicator';
import type { TQuarter } from '../../../../shared/model/quarter';
import { useAgency } from '../../app/agency';
import { BandLabel } from '../../components/band-label';
import { FieldError } from '../../components/field-error';
import { commonMessages } from '../../i18n/common-messages';
import { useMessages } from '../../i18n/i18n';
import type { liveFigures } from './indicator-figures';
import { fieldId, type TIndicatorDraft } from './part-draft';
import { quarterFormMessages } from './quarter-form-messages';

type TIndicatorRowProps = {
  place: TIndicatorPlace;
  quarter: TQuarter;
  draft: TIndicatorDraft;
  figures: ReturnType<typeof liveFigures>;
  editable: boolean;
  errors: Map<string, string[]>;
  reviewComment?: string;
  onChange: (change: Partial<TIndicatorDraft>) => void;
};

/** One indicator: targets, the realisation input (or the ratio's parts), live achievement, explanation. */
export function IndicatorRow(props: TIndicatorRowProps) {
  const m = useMessages(quarterFormMessages);
  const { fmt } = useAgency();
  const quarterLabel = useMessages(commonMessages).quarterShort;
  const { indicator } = props.place;
  const { draft, figures, editable, errors } = props;
  const [wantsExplanation, setWantsExplanation] = useState(false);
  const base = `indicators.${indicator.id}`;
  const valueErrors = errors.get(`${base}.value`) ?? [];
  const explanationErrors = errors.get(`${base}.explanation`) ?? [];
  const showExplanation =
    figures.needsExplanation || draft.explanation !== '' || wantsExplanation || explanationErrors.length > 0;
  const nameId = `name-${indicator.id}`;
  const target = indicator.quarterTargets[props.quarter - 1];
  const numberField = (
    path: string,
    value: string,
    key: 'value' | 'numerator' | 'denominator',
    label?: string,
  ) => (
    <input
      id={fieldId(path)}
      className="number"
      inputMode="decimal"
      autoComplete="off"
      value={value}
      disabled={!editable || draft.nothingToReport}
      aria-labelledby={label ? undefined : nameId}
      aria-label={label}
      aria-invalid={(errors.get(path)?.length ?? 0) > 0}
      aria-describedby={errors.get(path)?.length ? `${fieldId(path)}-error` : undefined}
      onChange={(e) => props.onChange({ [key]: e.target.value })}
    />
  );
  return (
    <tbody className="indicator" data-indicator-id={indicator.id}>
      <tr>
        <th scope="row" data-label={m.indicator}>
          <span className="code">{indicator.code}</span>
          <span className="indicator-name" id={nameId}>
            {indicator.name}
          </span>
          <div className="indicator-meta">
            {indicator.unit} · {m.kinds[indicator.aggregation]}
            {indicator.polarity === 'lower' ? ` · ${m.lower}` : ''}
          </div>
        </th>
        <td className="num" data-label={m.annualTarget}>
          {fmt.target(indicator.target)}
        </td>
        <td className="num" data-label={m.quarterTarget(quarterLabel(props.quarter))}>
          {target === undefined ? '–' : targetValue(target) === 0 ? '0' : fmt.target(target)}
        </td>
        <td data-label={m.realisation}>
          {indicator.ratio ? (
            <div className="ratio-inputs">
              <label htmlFor={fieldId(`${base}.value`)}>{indicator.ratio.numeratorLabel}</label>
              {numberField(`${base}.value`, draft.numerator, 'numerator', undefined)}
              <label htmlFor={fieldId(`${base}.denominator`)}>{indicator.ratio.denominatorLabel}</label>
              {numberField(`${base}.denominator`, draft.denominator, 'denominator', undefined)}
              <span className="indicator-meta">
                = {fmt.number(figures.value)} % ({m.computed})
              </span>
            </div>
          ) : (
            numberField(`${base}.value`, draft.value, 'value')
          )}
          <FieldError id={`${fieldId(`${base}.value`)}-error`} messages={valueErrors} />
          <FieldError
            id={`${fieldId(`${base}.denominator`)}-error`}
            messages={errors.get(`${base}.denominator`) ?? []}
          />
          <label className="checkbox">
            <input
              type="checkbox"
              checked={draft.nothingToReport}
              disabled={!editable}
              onChange={(e) =>
                props.onChange(
                  e.target.checked
                    ? { nothingToReport: true, value: '', numerator: '', denominator: '' }
                    : { nothingToReport: false },
                )
              }
            />
            {m.nothingToReport}
          </label>
        </td>
        <td className="num" data-label={m.achievement} aria-live="polite">
          {fmt.percent(figures.achieved)}
        </td>
        <td className="num" data-label={m.toDate}>
          {fmt.percent(figures.toDate)}
        </td>
        <td data-label={m.status}>
          <BandLabel band={figures.band} />
        </td>
      </tr>
      {(showExplanation || props.reviewComment || (editable && !showExplanation)) && (
        <tr className="explanation-row">
          <td colSpan={7}>
            {props.reviewComment && (
              <p className="review-comment">
                <strong>{m.reviewComment}:</strong> {props.reviewComment}
              </p>
            )}
            {showExplanation ? (
              <div className="field explanation">
                <label htmlFor={fieldId(`${base}.explanation`)}>
                  {figures.needsExplanation ? m.explanationRequired : m.explanation} — {indicator.code}
                </label>
                <textarea
                  id={fieldId(`${base}.explanation`)}
                  value={draft.explanation}
                  disabled={!editable}
                  rows={2}
                  aria-invalid={explanationErrors.length > 0}
                  aria-describedby={
                    explanationErrors.length ? `${fieldId(`${base}.explanation`)}-error` : undefined
                  }
                  onChange={(e) => props.onChange({ explanation: e.target.value })}
                />
                <FieldError id={`${fieldId(`${base}.explanation`)}-error`} messages={explanationErrors} />
              </div>
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
