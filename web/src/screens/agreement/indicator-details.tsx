import { agreementMessages } from '../../../../shared/messages/web/agreement';
import type { TIndicator, TKeyIndicator } from '../../../../shared/model/indicator';
import { useAgency } from '../../app/agency';
import { useMessages } from '../../i18n/i18n';
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
            <dt>{m.field('ratio')}</dt>
            <dd>
              {indicator.ratio.numeratorLabel} / {indicator.ratio.denominatorLabel}
            </dd>
          </>
        )}
        {isKey(indicator) && (
          <>
            <dt>{e.formula}</dt>
            <dd>{indicator.formula}</dd>
            <dt>{e.dataSource}</dt>
            <dd>{indicator.dataSource}</dd>
            <dt>{m.responsible}</dt>
            <dd>{indicator.responsibleUnitIds.map(unitName).join(', ')}</dd>
          </>
        )}
      </dl>
    );
  const [entering, ...sharing] = isKey(indicator) ? indicator.responsibleUnitIds : [];
  return (
    <div className="indicator-details grid-2">
      <div className="field">
        <label htmlFor={id('polarity')}>{e.polarity}</label>
        <select
          id={id('polarity')}
          value={indicator.polarity}
          onChange={(event) =>
            editor.set(`${path}.polarity`, event.target.value === 'lower' ? 'lower' : 'higher')
          }
        >
          <option value="higher">{e.polarities.higher}</option>
          <option value="lower">{e.polarities.lower}</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor={id('aggregation')}>{e.aggregation}</label>
        <select
          id={id('aggregation')}
          value={indicator.aggregation}
          onChange={(event) => {
            const value = (['sum', 'cumulative', 'level'] as const).find((a) => a === event.target.value);
            if (value) editor.set(`${path}.aggregation`, value);
          }}
        >
          <option value="sum">{e.aggregations.sum}</option>
          <option value="cumulative">{e.aggregations.cumulative}</option>
          <option value="level">{e.aggregations.level}</option>
        </select>
      </div>
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
            <input
              id={id('ratio.numeratorLabel')}
              aria-invalid={invalid('ratio.numeratorLabel')}
              value={indicator.ratio.numeratorLabel}
              onChange={(event) => editor.set(`${path}.ratio.numeratorLabel`, event.target.value)}
            />
            <label htmlFor={id('ratio.denominatorLabel')}>{e.denominatorLabel}</label>
            <input
              id={id('ratio.denominatorLabel')}
              aria-invalid={invalid('ratio.denominatorLabel')}
              value={indicator.ratio.denominatorLabel}
              onChange={(event) => editor.set(`${path}.ratio.denominatorLabel`, event.target.value)}
            />
          </div>
        )}
      </div>
      {isKey(indicator) && (
        <>
          <div className="field">
            <label htmlFor={id('formula')}>{e.formula}</label>
            <textarea
              id={id('formula')}
              aria-invalid={invalid('formula')}
              value={indicator.formula}
              onChange={(event) => editor.set(`${path}.formula`, event.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={id('dataSource')}>{e.dataSource}</label>
            <input
              id={id('dataSource')}
              aria-invalid={invalid('dataSource')}
              value={indicator.dataSource}
              onChange={(event) => editor.set(`${path}.dataSource`, event.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={id('entryUnit')}>{e.entryUnit}</label>
            <select
              id={id('entryUnit')}
              value={entering ?? ''}
              onChange={(event) =>
                editor.set(`${path}.responsibleUnitIds`, [
                  event.target.value,
                  ...sharing.filter((unitId) => unitId !== event.target.value),
                ])
              }
            >
              {units.map((unit) => (
                <option key={unit.id} value={unit.id}>
                  {unit.name}
                </option>
              ))}
            </select>
          </div>
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
