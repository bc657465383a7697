import { useMessages } from '../../i18n/i18n';
import { dashboardMessages } from './dashboard-messages';
import type { TDeadline } from './dashboard-model';

/** "3 hari lagi", "terlambat 48 hari", "tepat waktu", "terlambat" with a class for colour. */
export function DeadlineText({ deadline }: { deadline: TDeadline }) {
  const m = useMessages(dashboardMessages);
  switch (deadline.kind) {
    case 'left':
      return <span className="deadline left">{m.left(deadline.days)}</span>;
    case 'overdue':
      return <span className="deadline overdue">{m.overdue(deadline.days)}</span>;
    case 'on-time':
      return <span className="deadline on-time">✓ {m.onTime}</span>;
    case 'late':
      return <span className="deadline late">{m.late}</span>;
  }
}
