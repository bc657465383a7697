import { commonMessages } from '../../../../shared/messages/common';
import { unitName, useAgency, usePaths } from '../../app/agency';
import { Link } from '../../app/router';
import { Card } from '../../components/card';
import { useMessages } from '../../i18n/i18n';
import { dashboardMessages } from './dashboard-messages';
import type { TTask } from './dashboard-model';

/** What waits on the signed-in user, each item a link to where it is done. */
export function TaskList({ tasks, year }: { tasks: TTask[]; year: number }) {
  const m = useMessages(dashboardMessages);
  const common = useMessages(commonMessages);
  const { units } = useAgency();
  const paths = usePaths();
  const q = (quarter: number) => common.quarterName(quarter);
  const item = (task: TTask): [string, string, boolean] => {
    switch (task.kind) {
      case 'fill': {
        const unit = unitName(units, task.unitId);
        const text = task.returned
          ? m.task.fillReturned(unit, q(task.quarter))
          : m.task.fill(unit, q(task.quarter));
        return [paths.part(year, task.quarter, task.unitId), text, task.overdue];
      }
      case 'verify':
        return [
          paths.part(year, task.quarter, task.unitId),
          m.task.verify(unitName(units, task.unitId), q(task.quarter)),
          false,
        ];
      case 'sign-off':
        return [paths.quarter(year, task.quarter), m.task.signOff(q(task.quarter)), false];
      case 'sign-agreement':
        return [paths.agreement(year, task.version), m.task.signAgreement(task.version), false];
      case 'finish-agreement':
        return [paths.agreement(year, task.version), m.task.finishAgreement(task.version), false];
    }
  };
  return (
    <Card title={m.tasksTitle} className="tasks">
      {tasks.length === 0 ? (
        <p className="muted">{m.noTasks}</p>
      ) : (
        <ul>
          {tasks.map((task) => {
            const [to, text, overdue] = item(task);
            return (
              <li key={`${task.kind}-${to}`}>
                <Link to={to}>{text}</Link>
                {overdue && <span className="badge overdue-badge">{m.task.overdue}</span>}
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
