import { commonMessages } from '../../../../shared/messages/common';
import { dashboardMessages } from '../../../../shared/messages/web/dashboard';
import { useMessages } from '../../i18n/i18n';
import type { TDeadline } from './dashboard-model';

/** "besok", "3 hari lagi", "terlambat 48 hari", "tepat waktu", "terlambat" with a class for colour. */
export function DeadlineText({ deadline }: { deadline: TDeadline }) {
  const m = useMessages(dashboardMessages);
  const common = useMessages(commonMessages);
  switch (deadline.kind) {
    case 'left':
      return <span className="deadline left">{common.daysLeft(deadline.days)}</span>;
    case 'overdue':
      return <span className="deadline overdue">{common.daysOverdue(deadline.days)}</span>;
    case 'on-time':
      return <span className="deadline on-time">✓ {m.onTime}</span>;
    case 'late':
      return <span className="deadline late">{m.late}</span>;
  }
}
