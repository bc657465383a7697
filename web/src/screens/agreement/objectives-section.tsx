import { Fragment, type ReactNode } from 'react';
import type { TAgreementContent } from '../../../../shared/model/agreement-content';
import { unitName, useAgency } from '../../app/agency';
import { useMessages } from '../../i18n/i18n';
import { agreementMessages } from './agreement-messages';
import { inputId, type TContentEditor } from './content-edit';
import { addIndicator, addObjective, newIndicatorId, removeAt } from './content-structure';
import { GroupFooter, GroupHeader } from './group-rows';
import { IndicatorRows } from './indicator-rows';

type TSectionProps = { content: TAgreementContent; editor: TContentEditor; head: ReactNode };

/** The strategic objectives (sasaran) with their key indicators (IKU). */
export function ObjectivesSection({ content, editor, head }: TSectionProps) {
  const m = useMessages(agreementMessages);
  const { units } = useAgency();
  const firstUnit = units[0]?.id ?? '';
  return (
    <section className="card" aria-labelledby="objectives-title">
      <h2 id="objectives-title">{m.objectives}</h2>
      <div className="table-scroll">
        <table className="data-table agreement-table">
          {head}
          {content.objectives.map((objective, o) => {
            const path = `objectives.${o}` as const;
            const what = `${m.objective} ${objective.code}`;
            return (
              <Fragment key={objective.code}>
                <GroupHeader
                  editor={editor}
                  label={`${objective.code}.`}
                  path={path}
                  name={objective.name}
                  nameLabel={m.edit.name(what)}
                  remove={{
                    label: m.edit.removeWhat(what),
                    onRemove: () => {
                      if (window.confirm(m.edit.confirmRemove(what, objective.indicators.length)))
                        editor.change((c) => removeAt(c, path));
                    },
                  }}
                />
                <IndicatorRows
                  editor={editor}
                  indicators={objective.indicators}
                  owner={path}
                  extra={(_, i) =>
                    `${m.responsible}: ${(objective.indicators[i]?.responsibleUnitIds ?? []).map((id) => unitName(units, id)).join(', ')}`
                  }
                />
                <GroupFooter editor={editor}>
                  <button
                    type="button"
                    className="secondary small"
                    onClick={() =>
                      editor.change(
                        (c) => addIndicator(c, path, { id: newIndicatorId(c), unitId: firstUnit }),
                        inputId(`${path}.indicators.${objective.indicators.length}.name`),
                      )
                    }
                  >
                    {m.edit.addKeyIndicator}
                  </button>
                </GroupFooter>
              </Fragment>
            );
          })}
        </table>
      </div>
      {editor.editable && (
        <button
          type="button"
          className="secondary"
          onClick={() => editor.change(addObjective, inputId(`objectives.${content.objectives.length}.name`))}
        >
          {m.edit.addObjective}
        </button>
      )}
    </section>
  );
}
