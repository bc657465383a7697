import type { TIndicator } from '../../../../shared/model/indicator';
import { targetValue } from '../../../../shared/model/indicator';
import { quarters } from '../../../../shared/model/quarter';
import { useAgency } from '../../app/agency';
import { NumberField } from '../../components/number-field';
import { useMessages } from '../../i18n/i18n';
import { agreementMessages } from './agreement-messages';
import { messagesUnder, withValue } from './content-edit';

type TIndicatorRowsProps = {
  indicators: TIndicator[];
  /** "programs.0": where these indicators sit in the content. */
  owner: string;
  editable: boolean;
  issues: Map<string, string[]>;
  extra?: (indicator: TIndicator, i: number) => string;
  onSet: (path: string, value: unknown) => void;
};

/** Indicator rows: name, unit, annual and quarter targets, editable in a draft; problems below each. */
export function IndicatorRows(props: TIndicatorRowsProps) {
  const m = useMessages(agreementMessages);
  const { fmt } = useAgency();
  return (
    <>
      {props.indicators.map((indicator, i) => {
        const path = `${props.owner}.indicators.${i}`;
        const problems = messagesUnder(props.issues, path);
        const id = (field: string) => `a-${path}.${field}`.replaceAll('.', '-');
        return (
          <tbody key={indicator.id} className="indicator">
            <tr>
              <td className="code">{indicator.code}</td>
              <td>
                {props.editable ? (
                  <input
                    id={id('name')}
                    aria-label={`${m.indicator} ${indicator.code}`}
                    className="wide-input"
                    value={indicator.name}
                    onChange={(e) => props.onSet(`${path}.name`, e.target.value)}
                  />
                ) : (
                  indicator.name
                )}
                {props.extra && <div className="indicator-meta">{props.extra(indicator, i)}</div>}
              </td>
              <td>{indicator.unit}</td>
              <td className="num">
                {props.editable ? (
                  <NumberField
                    id={id('target')}
                    className="number small-number"
                    aria-label={`${m.target} ${indicator.code}`}
                    value={targetValue(indicator.target)}
                    onValue={(v) => props.onSet(`${path}.target`, withValue(indicator.target, v))}
                  />
                ) : (
                  fmt.target(indicator.target)
                )}
              </td>
              {quarters.map((q) => {
                const target = indicator.quarterTargets[q - 1] ?? 0;
                const invalid = (props.issues.get(`${path}.quarterTargets.${q - 1}`)?.length ?? 0) > 0;
                return (
                  <td key={q} className="num">
                    {props.editable ? (
                      <NumberField
                        id={id(`q${q}`)}
                        className="number small-number"
                        aria-label={`${m.quarterTarget(q)} ${indicator.code}`}
                        aria-invalid={invalid}
                        value={targetValue(target)}
                        onValue={(v) => props.onSet(`${path}.quarterTargets.${q - 1}`, withValue(target, v))}
                      />
                    ) : (
                      fmt.target(target)
                    )}
                  </td>
                );
              })}
            </tr>
            {problems.length > 0 && (
              <tr>
                <td />
                <td colSpan={7} className="field-error" role="alert">
                  {problems.join('; ')}
                </td>
              </tr>
            )}
          </tbody>
        );
      })}
    </>
  );
}
