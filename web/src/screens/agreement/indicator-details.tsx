import type { ChangeEvent } from 'react';
import { agreementMessages } from '../../../../shared/messages/web/agreement';
import { type TIndicator, type TKeyIndicator, ZAggregationSchema } from '../../../../shared/model/indicator';
import { useAgency } from '../../app/agency';
import { Field, TextAreaField } from '../../components/field';
import { NameField } from '../../components/name-field';
import { UnitOptions } from '../../components/unit-options';
import { useMessages } from '../../i18n/i18n';
import { useFieldLabel } from '../../i18n/use-field-label';
import { inputId, type TContentEditor } from './content-edit';

/** The fields shown here rather than in the row; a problem in one opens the details. */
export const detailFields = [
  'polarity',
  'aggregation',
  'ratio',
  'formula',
  'dataSource',
  'responsibleUnitIds',
];

const aggregations = ZAggregationSchema.options;

const isKey = (indicator: TIndicator | TKeyIndicator): indicator is TKeyIndicator => 'formula' in indicator;

type TDetailsProps = { editor: TContentEditor; path: string; indicator: TIndicator | TKeyIndicator };

/**
 * How an indicator is measured: direction, how the quarters add up to the year, whether it is a
 * ratio (and its parts' names); for a key indicator (IKU) also its formula, data source and the
 * units answering for it, the first of which enters the realisations.
 */
export function IndicatorDetails({ editor, path, indicator }: TDetailsProps) {
  const m = useMessages(agreementMessages);
  const e = m.edit;
  const fieldLabel = useFieldLabel();
  const { units } = useAgency();
  const id = (field: string) => inputId(`${path}.${field}`);
  const invalid = (field: string) => (editor.issues.get(`${path}.${field}`)?.length ?? 0) > 0;
  const unitName = (unitId: string) => units.find((u) => u.id === unitId)?.name ?? unitId;
  if (!editor.editable)
    return (
      <dl className="indicator-details">
        <dt>{e.polarity}</dt>
        <dd>{e.polarities[indicator.polarity]}</dd>
        <dt>{e.aggregation}</dt>
        <dd>{e.aggregations[indicator.aggregation]}</dd>
        {indicator.ratio && (
          <>
            <dt>{fieldLabel('ratio')}</dt>
            <dd>
              {indicator.ratio.numeratorLabel} / {indicator.ratio.denominatorLabel}
            </dd>
          </>
        )}
        {isKey(indicator) && (
          <>
            <dt>{e.formula}</dt>
            <dd className="free-text">{indicator.formula}</dd>
            <dt>{e.dataSource}</dt>
            <dd className="free-text">{indicator.dataSource}</dd>
            <dt>{m.responsible}</dt>
            <dd>{indicator.responsibleUnitIds.map(unitName).join(', ')}</dd>
          </>
        )}
      </dl>
    );
  const [entering, ...sharing] = isKey(indicator) ? indicator.responsibleUnitIds : [];
  /** The props of the control of a text at `${path}.${field}`. */
  const text = (field: string, value: string) => ({
    id: id(field),
    'aria-invalid': invalid(field),
    value,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      editor.set(`${path}.${field}`, event.target.value),
  });
  return (
    <div className="indicator-details grid-2">
      <Field id={id('polarity')} label={e.polarity}>
        {(control) => (
          <select
            {...control}
            value={indicator.polarity}
            onChange={(event) =>
              editor.set(`${path}.polarity`, event.target.value === 'lower' ? 'lower' : 'higher')
            }
          >
            <option value="higher">{e.polarities.higher}</option>
            <option value="lower">{e.polarities.lower}</option>
          </select>
        )}
      </Field>
      <Field id={id('aggregation')} label={e.aggregation}>
        {(control) => (
          <select
            {...control}
            value={indicator.aggregation}
            onChange={(event) => {
              const value = aggregations.find((a) => a === event.target.value);
              if (value) editor.set(`${path}.aggregation`, value);
            }}
          >
            {aggregations.map((a) => (
              <option key={a} value={a}>
                {e.aggregations[a]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="field">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={indicator.ratio !== undefined}
            onChange={(event) =>
              editor.set(
                `${path}.ratio`,
                event.target.checked ? { numeratorLabel: '', denominatorLabel: '' } : undefined,
              )
            }
          />
          {e.ratio}
        </label>
        {indicator.ratio && (
          <div className="ratio-inputs">
            <label htmlFor={id('ratio.numeratorLabel')}>{e.numeratorLabel}</label>
            <NameField {...text('ratio.numeratorLabel', indicator.ratio.numeratorLabel)} />
            <label htmlFor={id('ratio.denominatorLabel')}>{e.denominatorLabel}</label>
            <NameField {...text('ratio.denominatorLabel', indicator.ratio.denominatorLabel)} />
          </div>
        )}
      </div>
      {isKey(indicator) && (
        <>
          <TextAreaField label={e.formula} {...text('formula', indicator.formula)} />
          <Field id={id('dataSource')} label={e.dataSource}>
            {(control) => <NameField {...control} {...text('dataSource', indicator.dataSource)} />}
          </Field>
          <Field id={id('entryUnit')} label={e.entryUnit}>
            {(control) => (
              <select
                {...control}
                value={entering ?? ''}
                onChange={(event) =>
                  editor.set(`${path}.responsibleUnitIds`, [
                    event.target.value,
                    ...sharing.filter((unitId) => unitId !== event.target.value),
                  ])
                }
              >
                <UnitOptions />
              </select>
            )}
          </Field>
          <fieldset className="field">
            <legend>{e.sharedUnits}</legend>
            {units
              .filter((unit) => unit.id !== entering)
              .map((unit) => (
                <label key={unit.id} className="checkbox">
                  <input
                    type="checkbox"
                    checked={sharing.includes(unit.id)}
                    onChange={(event) =>
                      editor.set(`${path}.responsibleUnitIds`, [
                        entering ?? unit.id,
                        ...(event.target.checked
                          ? [...sharing, unit.id]
                          : sharing.filter((unitId) => unitId !== unit.id)),
                      ])
                    }
                  />
                  {unit.name}
                </label>
              ))}
          </fieldset>
        </>
      )}
    </div>
  );
}
