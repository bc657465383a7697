import { plausibilityMessages } from '../../../../shared/messages/plausibility';
import { quarterFormMessages } from '../../../../shared/messages/web/quarter-form';
import { confirmationOf, implausibleText } from '../../../../shared/workflow/plausibility';
import { useAgency } from '../../app/agency';
import { FieldError } from '../../components/field-error';
import { isBlock } from '../../form/pasted-cells';
import { useMessages } from '../../i18n/i18n';
import type { TFormLine } from './indicator-row';
import { fieldId, type TIndicatorDraft } from './part-draft';

/** The id of an indicator's name, which labels its realisation input. */
export const nameId = (indicatorId: string) => `name-${indicatorId}`;

/** The realisation as typed (or a ratio's two parts), and "nothing to report". */
export function RealisationInput({
  place,
  draft,
  figures,
  editable,
  errors,
  onChange,
  onPasteBlock,
  asksYearParts,
}: TFormLine) {
  const m = useMessages(quarterFormMessages);
  const plausibility = useMessages(plausibilityMessages);
  const { fmt } = useAgency();
  const { implausible } = figures;
  const { indicator } = place;
  const base = `indicators.${indicator.id}`;
  const valuePath = `${base}.value`;
  const confirmed = implausible !== null && draft.confirmedFigure === confirmationOf(implausible.value);
  // The plausibility check's question shows as the figure is typed; once submitting was tried it
  // is among the field's problems instead, so it is never said twice.
  const question =
    implausible && !confirmed && (errors.get(valuePath)?.length ?? 0) === 0
      ? { id: `${fieldId(valuePath)}-question`, text: implausibleText(implausible) }
      : null;
  const describedBy = (path: string) =>
    [errors.get(path)?.length ? `${fieldId(path)}-error` : null, path === valuePath ? question?.id : null]
      .filter(Boolean)
      .join(' ') || undefined;
  // Read out as the indicator's name, and for a ratio's part also that part's own label.
  const numberField = (
    path: string,
    value: string,
    key: keyof TIndicatorDraft,
    part: boolean,
    id = fieldId(path),
  ) => (
    <input
      id={id}
      className="number"
      inputMode="decimal"
      autoComplete="off"
      value={value}
      disabled={!editable || draft.nothingToReport}
      aria-labelledby={part ? `${nameId(indicator.id)} ${id}-label` : nameId(indicator.id)}
      aria-invalid={(errors.get(path)?.length ?? 0) > 0}
      aria-describedby={describedBy(path)}
      data-entry=""
      onChange={(e) => onChange({ [key]: e.target.value })}
      onKeyDown={moveOnEnter}
      onPaste={(e) => {
        // A column copied from a spreadsheet fills the rows below instead of this one field.
        const text = e.clipboardData.getData('text/plain');
        if (!isBlock(text)) return;
        e.preventDefault();
        onPasteBlock(text);
      }}
    />
  );
  /** One part of a ratio: its own label, then its input. */
  const partField = (
    label: string,
    path: string,
    value: string,
    key: keyof TIndicatorDraft,
    id = fieldId(path),
  ) => (
    <>
      <label htmlFor={id} id={`${id}-label`}>
        {label}
      </label>
      {numberField(path, value, key, true, id)}
    </>
  );
  const yearPath = `${base}.yearParts`;
  return (
    <>
      {indicator.ratio ? (
        <div className="ratio-inputs">
          {partField(indicator.ratio.numeratorLabel, `${base}.value`, draft.numerator, 'numerator')}
          {partField(
            indicator.ratio.denominatorLabel,
            `${base}.denominator`,
            draft.denominator,
            'denominator',
          )}
          <span className="indicator-meta">
            = {fmt.number(figures.value)} % ({m.computed})
          </span>
        </div>
      ) : (
        numberField(`${base}.value`, draft.value, 'value', false)
      )}
      <FieldError id={`${fieldId(`${base}.value`)}-error`} messages={errors.get(`${base}.value`) ?? []} />
      <FieldError
        id={`${fieldId(`${base}.denominator`)}-error`}
        messages={errors.get(`${base}.denominator`) ?? []}
      />
      {asksYearParts && indicator.ratio && (
        // The year's own parts, as an annual report states them: the year is computed from them.
        <div className="ratio-inputs year-parts">
          {partField(
            m.yearPart(indicator.ratio.numeratorLabel),
            yearPath,
            draft.yearNumerator ?? '',
            'yearNumerator',
            `${fieldId(yearPath)}-n`,
          )}
          {partField(
            m.yearPart(indicator.ratio.denominatorLabel),
            yearPath,
            draft.yearDenominator ?? '',
            'yearDenominator',
            `${fieldId(yearPath)}-d`,
          )}
          <FieldError id={`${fieldId(yearPath)}-error`} messages={errors.get(yearPath) ?? []} />
        </div>
      )}
      {question && (
        <p className="implausible" id={question.id}>
          ⚠ {question.text}
        </p>
      )}
      {implausible && (
        // Not a refusal: the division head confirms this very figure, and changing it asks again.
        <label className="checkbox confirm-figure">
          <input
            type="checkbox"
            id={fieldId(`${base}.confirmedFigure`)}
            checked={confirmed}
            disabled={!editable}
            onChange={(e) =>
              onChange({ confirmedFigure: e.target.checked ? confirmationOf(implausible.value) : undefined })
            }
          />
          {plausibility.confirm}
        </label>
      )}
      <label className="checkbox">
        <input
          type="checkbox"
          checked={draft.nothingToReport}
          disabled={!editable}
          onChange={(e) =>
            onChange(
              e.target.checked
                ? { nothingToReport: true, value: '', numerator: '', denominator: '' }
                : { nothingToReport: false },
            )
          }
        />
        {m.nothingToReport}
      </label>
    </>
  );
}

/** Enter goes on to the next entry field (Shift+Enter back), as in a spreadsheet; it never submits. */
function moveOnEnter(event: React.KeyboardEvent<HTMLInputElement>) {
  if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
  event.preventDefault();
  const fields = [
    ...(event.currentTarget.form?.querySelectorAll<HTMLInputElement>('input[data-entry]') ?? []),
  ].filter((field) => !field.disabled);
  const next = fields[fields.indexOf(event.currentTarget) + (event.shiftKey ? -1 : 1)];
  next?.focus();
  next?.select();
}
