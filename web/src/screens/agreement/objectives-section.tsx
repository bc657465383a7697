import { Fragment } from 'react';
import { agreementMessages } from '../../../../shared/messages/web/agreement';
import type { TAgreementContent } from '../../../../shared/model/agreement-content';
import { unitName, useAgency } from '../../app/agency';
import { useMessages } from '../../i18n/i18n';
import { AgreementTable } from './agreement-table';
import type { TContentEditor } from './content-edit';
import { addIndicator, addObjective, newIndicatorId } from './content-structure';
import { AddButton, GroupFooter, GroupHeader } from './group-rows';
import { IndicatorRows } from './indicator-rows';

type TSectionProps = { content: TAgreementContent; editor: TContentEditor };

/** The strategic objectives (sasaran) with their key indicators (IKU). */
export function ObjectivesSection({ content, editor }: TSectionProps) {
  const m = useMessages(agreementMessages);
  const { units } = useAgency();
  const firstUnit = units[0]?.id ?? '';
  return (
    <AgreementTable
      title={m.objectives}
      add={
        <AddButton
          editor={editor}
          label={m.edit.addObjective}
          add={addObjective}
          focus={`objectives.${content.objectives.length}.name`}
        />
      }
    >
      {content.objectives.map((objective, o) => {
        const path = `objectives.${o}` as const;
        const what = `${m.objective} ${objective.code}`;
        return (
          <Fragment key={objective.code}>
            <GroupHeader
              editor={editor}
              label={`${objective.code}.`}
              what={what}
              path={path}
              name={objective.name}
              indicators={objective.indicators.length}
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
              <AddButton
                small
                editor={editor}
                label={m.edit.addKeyIndicator}
                add={(c) => addIndicator(c, path, { id: newIndicatorId(c), unitId: firstUnit })}
                focus={`${path}.indicators.${objective.indicators.length}.name`}
              />
            </GroupFooter>
          </Fragment>
        );
      })}
    </AgreementTable>
  );
}
