import { Fragment } from 'react';
import { agreementMessages } from '../../../../shared/messages/web/agreement';
import type { TAgreementContent } from '../../../../shared/model/agreement-content';
import { unitName, useAgency } from '../../app/agency';
import { NumberField } from '../../components/number-field';
import { UnitOptions } from '../../components/unit-options';
import { useMessages } from '../../i18n/i18n';
import { AgreementTable } from './agreement-table';
import { inputId, type TContentEditor } from './content-edit';
import { addActivity, addIndicator, addProgram, newIndicatorId } from './content-structure';
import { AddButton, GroupFooter, GroupHeader } from './group-rows';
import { IndicatorRows } from './indicator-rows';

type TSectionProps = { content: TAgreementContent; editor: TContentEditor };

/** The programs with their outcome indicators, each followed by its activities with budget and outputs. */
export function ProgramsSection({ content, editor }: TSectionProps) {
  const m = useMessages(agreementMessages);
  const { units, fmt } = useAgency();
  const total = content.activities.reduce((sum, a) => sum + a.budget, 0);
  const unitSelect = (path: string, value: string, label: string) =>
    editor.editable ? (
      <select
        id={inputId(path)}
        aria-label={label}
        value={value}
        onChange={(e) => editor.set(path, e.target.value)}
      >
        <UnitOptions />
      </select>
    ) : (
      unitName(units, value)
    );
  const addIndicatorTo = (
    owner: `programs.${number}` | `activities.${number}`,
    count: number,
    unitId: string,
    what: string,
  ) => (
    <AddButton
      small
      editor={editor}
      label={`${m.edit.addIndicator} (${what})`}
      add={(c) => addIndicator(c, owner, { id: newIndicatorId(c), unitId })}
      focus={`${owner}.indicators.${count}.name`}
    />
  );
  return (
    <AgreementTable
      title={m.programs}
      intro={
        <p className="muted">
          {m.total}: <strong>{fmt.rupiah(total)}</strong>
        </p>
      }
      add={
        <AddButton
          editor={editor}
          label={m.edit.addProgram}
          add={(c) => addProgram(c, units[0]?.id ?? '')}
          focus={`programs.${content.programs.length}.name`}
        />
      }
    >
      {content.programs.map((program, p) => {
        const path = `programs.${p}` as const;
        const what = `${m.program} ${program.code}`;
        const activities = content.activities.filter((a) => a.programCode === program.code);
        const lastActivity = content.activities.findLastIndex((x) => x.programCode === program.code);
        const indicatorCount =
          program.indicators.length + activities.reduce((n, a) => n + a.indicators.length, 0);
        return (
          <Fragment key={program.code}>
            <GroupHeader
              editor={editor}
              label={`${what}.`}
              what={what}
              path={path}
              name={program.name}
              indicators={indicatorCount}
              aside={unitSelect(`${path}.unitId`, program.unitId, `${m.responsible} ${what}`)}
            />
            <IndicatorRows editor={editor} indicators={program.indicators} owner={path} />
            {content.activities.map((activity, a) => {
              if (activity.programCode !== program.code) return null;
              const activityPath = `activities.${a}` as const;
              const activityWhat = `${m.activity} ${activity.code}`;
              return (
                <Fragment key={activity.code}>
                  <GroupHeader
                    editor={editor}
                    level="activity"
                    label={`${activityWhat}.`}
                    what={activityWhat}
                    path={activityPath}
                    name={activity.name}
                    indicators={activity.indicators.length}
                    aside={
                      <span className="activity-aside">
                        {unitSelect(
                          `${activityPath}.unitId`,
                          activity.unitId,
                          `${m.responsible} ${activity.code}`,
                        )}{' '}
                        ·{' '}
                        {editor.editable ? (
                          <NumberField
                            id={inputId(`${activityPath}.budget`)}
                            className="number budget-input"
                            aria-label={`${m.budget} ${activity.code}`}
                            aria-invalid={(editor.issues.get(`${activityPath}.budget`)?.length ?? 0) > 0}
                            value={activity.budget}
                            onValue={(v) => editor.set(`${activityPath}.budget`, v)}
                          />
                        ) : (
                          fmt.rupiah(activity.budget)
                        )}
                      </span>
                    }
                  />
                  <IndicatorRows editor={editor} indicators={activity.indicators} owner={activityPath} />
                  <GroupFooter editor={editor}>
                    {addIndicatorTo(activityPath, activity.indicators.length, activity.unitId, activityWhat)}
                  </GroupFooter>
                </Fragment>
              );
            })}
            <GroupFooter editor={editor}>
              {addIndicatorTo(path, program.indicators.length, program.unitId, what)}
              <AddButton
                small
                editor={editor}
                label={`${m.edit.addActivity} (${what})`}
                add={(c) => addActivity(c, program.code, program.unitId)}
                // The new activity lands after the program's last one: its index is that one's + 1.
                focus={`activities.${lastActivity === -1 ? content.activities.length : lastActivity + 1}.name`}
              />
            </GroupFooter>
          </Fragment>
        );
      })}
    </AgreementTable>
  );
}
