import { useQuery } from '@tanstack/react-query';
import { commonMessages } from '../../../../shared/messages/common';
import { myTasksMessages } from '../../../../shared/messages/web/my-tasks';
import type { TMyTask } from '../../../../shared/workflow/my-tasks';
import { queries } from '../../api/queries';
import { unitName, useAgency, usePaths } from '../../app/agency';
import { Link } from '../../app/router';
import { Card } from '../../components/card';
import { Loaded } from '../../components/loaded';
import { useMessages } from '../../i18n/i18n';
import { ActingNotices } from './acting-notices';
import { MyReminders } from './my-reminders';

/** The home's first card: what waits on the person, most urgent first, whatever period the page shows. */
export function MyTasks() {
  const m = useMessages(myTasksMessages);
  const common = useMessages(commonMessages);
  const { agency, units, fmt } = useAgency();
  const paths = usePaths();
  const tasks = useQuery(queries.myTasks(agency.id));
  const unit = (task: TMyTask) => unitName(units, task.unitId ?? '');
  const period = (task: TMyTask) => common.quarterOfYear(task.quarter ?? 4, task.year);
  const linkOf = (task: TMyTask): [string, string] => {
    const { year, quarter = 4, unitId = '', version = 1 } = task;
    switch (task.kind) {
      case 'fillPart':
        return [
          paths.part(year, quarter, unitId),
          task.returned ? m.fixPart(unit(task), period(task)) : m.fillPart(unit(task), period(task)),
        ];
      case 'reviewPart':
        return [paths.part(year, quarter, unitId), m.reviewPart(unit(task), period(task))];
      case 'signOffQuarter':
        return [paths.quarter(year, quarter), m.signOffQuarter(period(task))];
      case 'signAgreement':
        return [paths.agreement(year, version), m.signAgreement(year, version)];
      case 'editAgreement':
        return [paths.agreement(year, version), m.editAgreement(year, version)];
      case 'writeAnnualReport':
        return [paths.reports(year), m.writeAnnualReport(year)];
    }
  };
  return (
    <Card title={m.title} className="my-tasks">
      <Loaded query={tasks}>
        {({ tasks: list, acting }) => (
          <>
            <ActingNotices notices={acting} />
            {list.length === 0 ? (
              <p className="muted">{m.none}</p>
            ) : (
              <ol className="task-list">
                {list.map((task) => {
                  const [to, text] = linkOf(task);
                  return (
                    <li
                      key={`${task.kind}-${to}`}
                      className={urgencyOf(task.daysLeft)}
                      data-task-kind={task.kind}
                    >
                      <Link to={to}>{text}</Link>
                      {task.dueAt !== null && task.daysLeft !== null && (
                        <span className="task-due">{m.due(task.daysLeft, fmt.deadline(task.dueAt))}</span>
                      )}
                    </li>
                  );
                })}
              </ol>
            )}
          </>
        )}
      </Loaded>
      <MyReminders />
    </Card>
  );
}

/** The colour of a deadline: overdue, within three days, or neither. */
const urgencyOf = (daysLeft: number | null): string | undefined =>
  daysLeft === null ? undefined : daysLeft < 0 ? 'overdue' : daysLeft <= 3 ? 'soon' : undefined;
