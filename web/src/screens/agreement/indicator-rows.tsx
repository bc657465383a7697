import { useState } from 'react';
import { agreementMessages } from '../../../../shared/messages/web/agreement';
import { numberKindOf, numberKinds } from '../../../../shared/model/figure';
import type { TIndicator, TKeyIndicator } from '../../../../shared/model/indicator';
import { targetValue } from '../../../../shared/model/indicator';
import { quarters } from '../../../../shared/model/quarter';
import { useAgency } from '../../app/agency';
import { NameField } from '../../components/name-field';
import { NumberField } from '../../components/number-field';
import { useMessages } from '../../i18n/i18n';
import { useFieldLabel } from '../../i18n/use-field-label';
import { inputId, issuesUnder, type TContentEditor, withUnit, withValue } from './content-edit';
import { removeAt, type TOwnerPath } from './content-structure';
import { detailFields, IndicatorDetails } from './indicator-details';

type TIndicatorRowsProps = {
  editor: TContentEditor;
  indicators: readonly (TIndicator | TKeyIndicator)[];
  /** "programs.0": where these indicators sit in the content. */
  owner: TOwnerPath;
  extra?: (indicator: TIndicator, i: number) => string;
};

/**
 * Indicator rows: code, name, unit, annual and quarter targets, editable in a draft, with the
 * indicator's details (direction, aggregation, ratio, formula …) a click away and every problem
 * below it, named by its field.
 */
export function IndicatorRows(props: TIndicatorRowsProps) {
  const m = useMessages(agreementMessages);
  const fieldLabel = useFieldLabel();
  const { fmt } = useAgency();
  const { editor } = props;
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  return (
    <>
      {props.indicators.map((indicator, i) => {
        const path = `${props.owner}.indicators.${i}`;
        const problems = issuesUnder(editor.issues, path);
        const invalid = (field: string) => (editor.issues.get(`${path}.${field}`)?.length ?? 0) > 0;
        // A new indicator's blank formula or labels show their fields without a click.
        const detailsOpen =
          open.has(indicator.id) || problems.some((p) => detailFields.some((f) => p.field.startsWith(f)));
        return (
          <tbody key={indicator.id} className="indicator" data-indicator-id={indicator.id}>
            <tr>
              <td className="code">{indicator.code}</td>
              <td>
                {editor.editable ? (
                  <NameField
                    id={inputId(`${path}.name`)}
                    aria-label={`${m.indicator} ${indicator.code}`}
                    aria-invalid={invalid('name')}
                    className="wide-input"
                    value={indicator.name}
                    onChange={(e) => editor.set(`${path}.name`, e.target.value)}
                  />
                ) : (
                  indicator.name
                )}
                {props.extra && <div className="indicator-meta">{props.extra(indicator, i)}</div>}
                <div className="row-tools">
                  <button
                    type="button"
                    className="link-button"
                    aria-expanded={detailsOpen}
                    aria-controls={`${inputId(path)}-details`}
                    onClick={() => toggle(indicator.id)}
                  >
                    {m.edit.details} {detailsOpen ? '▴' : '▾'}
                  </button>
                  {editor.editable && (
                    <button
                      type="button"
                      className="link-button remove-button"
                      aria-label={m.edit.removeWhat(`${m.indicator} ${indicator.code}`)}
                      onClick={() => editor.change((content) => removeAt(content, path))}
                    >
                      {m.edit.remove}
                    </button>
                  )}
                </div>
              </td>
              <td data-label={m.unit}>
                {editor.editable ? (
                  <>
                    <input
                      id={inputId(`${path}.unit`)}
                      className="unit-input"
                      aria-label={m.edit.unitOf(indicator.code)}
                      aria-invalid={invalid('unit')}
                      value={indicator.unit}
                      onChange={(e) => editor.set(path, withUnit(indicator, e.target.value))}
                    />
                    <select
                      id={inputId(`${path}.numberKind`)}
                      className="unit-input"
                      aria-label={m.edit.numberKindOf(indicator.code)}
                      value={numberKindOf(indicator)}
                      onChange={(e) => {
                        const kind = numberKinds.find((k) => k === e.target.value);
                        if (kind) editor.set(`${path}.numberKind`, kind);
                      }}
                    >
                      {numberKinds.map((kind) => (
                        <option key={kind} value={kind}>
                          {m.edit.numberKinds[kind]}
                        </option>
                      ))}
                    </select>
                  </>
                ) : (
                  <>
                    {indicator.unit}
                    <div className="indicator-meta">{m.edit.numberKinds[numberKindOf(indicator)]}</div>
                  </>
                )}
              </td>
              <td className="num" data-label={m.target}>
                {editor.editable ? (
                  <NumberField
                    id={inputId(`${path}.target`)}
                    className="number small-number"
                    aria-label={`${m.target} ${indicator.code}`}
                    value={targetValue(indicator.target)}
                    onValue={(v) => editor.set(`${path}.target`, withValue(indicator.target, v))}
                  />
                ) : (
                  fmt.target(indicator.target)
                )}
              </td>
              {quarters.map((q) => {
                const target = indicator.quarterTargets[q - 1] ?? 0;
                return (
                  <td key={q} className="num" data-label={m.quarterTarget(q)}>
                    {editor.editable ? (
                      <NumberField
                        id={inputId(`${path}.q${q}`)}
                        className="number small-number"
                        aria-label={`${m.quarterTarget(q)} ${indicator.code}`}
                        aria-invalid={invalid(`quarterTargets.${q - 1}`)}
                        value={targetValue(target)}
                        onValue={(v) => editor.set(`${path}.quarterTargets.${q - 1}`, withValue(target, v))}
                      />
                    ) : (
                      fmt.target(target)
                    )}
                  </td>
                );
              })}
            </tr>
            {detailsOpen && (
              <tr className="indicator-details-row" id={`${inputId(path)}-details`}>
                <td />
                <td colSpan={7}>
                  <IndicatorDetails editor={editor} path={path} indicator={indicator} />
                </td>
              </tr>
            )}
            {problems.length > 0 && (
              <tr>
                <td />
                <td colSpan={7} className="field-error" role="alert">
                  {problems.map((p) => `${fieldLabel(p.field)}: ${p.message}`).join('; ')}
                </td>
              </tr>
            )}
          </tbody>
        );
      })}
    </>
  );
}
