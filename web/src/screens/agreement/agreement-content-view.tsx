import type { TAgreementContent } from '../../../../shared/model/agreement-content';
import { quarters } from '../../../../shared/model/quarter';
import { unitName, useAgency } from '../../app/agency';
import { NumberField } from '../../components/number-field';
import { useMessages } from '../../i18n/i18n';
import { agreementMessages } from './agreement-messages';
import { messagesUnder } from './content-edit';
import { IndicatorRows } from './indicator-rows';

type TContentViewProps = {
  content: TAgreementContent;
  editable: boolean;
  issues: Map<string, string[]>;
  onSet: (path: string, value: unknown) => void;
};

/** The agreement's objectives, programs and activities with every target; inputs where it is a draft. */
export function AgreementContentView(props: TContentViewProps) {
  const m = useMessages(agreementMessages);
  const { units, fmt } = useAgency();
  const { content, editable, issues } = props;
  const head = (
    <thead>
      <tr>
        <th scope="col">{m.code}</th>
        <th scope="col">{m.indicator}</th>
        <th scope="col">{m.unit}</th>
        <th scope="col" className="num">
          {m.target}
        </th>
        {quarters.map((q) => (
          <th key={q} scope="col" className="num">
            {m.quarterTarget(q)}
          </th>
        ))}
      </tr>
    </thead>
  );
  const total = content.activities.reduce((sum, a) => sum + a.budget, 0);
  const unitSelect = (path: string, value: string, label: string) => (
    <select aria-label={label} value={value} onChange={(e) => props.onSet(path, e.target.value)}>
      {units.map((unit) => (
        <option key={unit.id} value={unit.id}>
          {unit.name}
        </option>
      ))}
    </select>
  );
  return (
    <>
      <section className="card" aria-labelledby="objectives-title">
        <h2 id="objectives-title">{m.objectives}</h2>
        <div className="table-scroll">
          <table className="data-table agreement-table">
            {head}
            {content.objectives.map((objective, o) => (
              <IndicatorBlock key={objective.code} title={`${objective.code}. ${objective.name}`}>
                <IndicatorRows
                  indicators={objective.indicators}
                  owner={`objectives.${o}`}
                  editable={editable}
                  issues={issues}
                  extra={(_, i) =>
                    `${m.responsible}: ${(objective.indicators[i]?.responsibleUnitIds ?? []).map((id) => unitName(units, id)).join(', ')}`
                  }
                  onSet={props.onSet}
                />
              </IndicatorBlock>
            ))}
          </table>
        </div>
      </section>
      <section className="card" aria-labelledby="programs-title">
        <h2 id="programs-title">{m.programs}</h2>
        <p className="muted">
          {m.total}: <strong>{fmt.rupiah(total)}</strong>
        </p>
        <div className="table-scroll">
          <table className="data-table agreement-table">
            {head}
            {content.programs.map((program, p) => (
              <IndicatorBlock
                key={program.code}
                title={`${m.program} ${program.code}. ${program.name}`}
                aside={
                  editable
                    ? unitSelect(
                        `programs.${p}.unitId`,
                        program.unitId,
                        `${m.responsible} ${m.program} ${program.code}`,
                      )
                    : unitName(units, program.unitId)
                }
                problems={messagesUnder(issues, `programs.${p}.unitId`)}
              >
                <IndicatorRows
                  indicators={program.indicators}
                  owner={`programs.${p}`}
                  editable={editable}
                  issues={issues}
                  onSet={props.onSet}
                />
                {content.activities.map((activity, a) =>
                  activity.programCode !== program.code ? null : (
                    <IndicatorBlock
                      key={activity.code}
                      level="activity"
                      title={`${m.activity} ${activity.code}. ${activity.name}`}
                      aside={
                        <span className="activity-aside">
                          {editable
                            ? unitSelect(
                                `activities.${a}.unitId`,
                                activity.unitId,
                                `${m.responsible} ${activity.code}`,
                              )
                            : unitName(units, activity.unitId)}{' '}
                          ·{' '}
                          {editable ? (
                            <NumberField
                              id={`a-activities-${a}-budget`}
                              className="number budget-input"
                              aria-label={`${m.budget} ${activity.code}`}
                              value={activity.budget}
                              onValue={(v) => props.onSet(`activities.${a}.budget`, v)}
                            />
                          ) : (
                            fmt.rupiah(activity.budget)
                          )}
                        </span>
                      }
                      problems={[
                        ...messagesUnder(issues, `activities.${a}.budget`),
                        ...messagesUnder(issues, `activities.${a}.code`),
                        ...messagesUnder(issues, `activities.${a}.unitId`),
                        ...messagesUnder(issues, `activities.${a}.programCode`),
                      ]}
                    >
                      <IndicatorRows
                        indicators={activity.indicators}
                        owner={`activities.${a}`}
                        editable={editable}
                        issues={issues}
                        onSet={props.onSet}
                      />
                    </IndicatorBlock>
                  ),
                )}
              </IndicatorBlock>
            ))}
          </table>
        </div>
      </section>
    </>
  );
}

function IndicatorBlock(props: {
  title: string;
  aside?: React.ReactNode;
  problems?: string[];
  level?: 'activity';
  children: React.ReactNode;
}) {
  return (
    <>
      <tbody>
        <tr className={props.level === 'activity' ? 'group activity-group' : 'group'}>
          <th colSpan={8} scope="rowgroup">
            <span>{props.title}</span>
            {props.aside && <span className="group-aside"> — {props.aside}</span>}
            {props.problems && props.problems.length > 0 && (
              <div className="field-error" role="alert">
                {props.problems.join('; ')}
              </div>
            )}
          </th>
        </tr>
      </tbody>
      {props.children}
    </>
  );
}
