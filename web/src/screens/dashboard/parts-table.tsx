import { commonMessages } from '../../../../shared/messages/common';
import { dashboardMessages } from '../../../../shared/messages/web/dashboard';
import type { TUser } from '../../../../shared/model/organisation';
import type { TQuarter } from '../../../../shared/model/quarter';
import type { TUnitStanding } from '../../../../shared/workflow/dashboard';
import type { TQuarterState } from '../../../../shared/workflow/quarter-workflow';
import { unitName, useAgency, usePaths } from '../../app/agency';
import { Link } from '../../app/router';
import { Card } from '../../components/card';
import { DataTable } from '../../components/data-table';
import { StateBadge } from '../../components/state-badge';
import { useMessages } from '../../i18n/i18n';
import { deadlineOf } from './dashboard-model';
import { DeadlineText } from './deadline-text';

type TPartsTableProps = {
  units: TUnitStanding[];
  year: number;
  quarter: TQuarter;
  quarterState: TQuarterState;
  user: TUser;
};

/** Each unit's part: state, due date, days left or overdue, on time or late, and the next step. */
export function PartsTable(props: TPartsTableProps) {
  const m = useMessages(dashboardMessages);
  const common = useMessages(commonMessages);
  const { units, fmt } = useAgency();
  const paths = usePaths();
  const { year, quarter, user } = props;
  const open = props.quarterState === 'open';
  const rows = [...props.units].sort((a, b) =>
    unitName(units, a.unitId).localeCompare(unitName(units, b.unitId)),
  );
  return (
    <Card title={m.partsTitle}>
      <DataTable
        rows={rows}
        rowKey={(standing) => standing.unitId}
        rowProps={(standing) => ({ 'data-unit-id': standing.unitId })}
        columns={[
          { header: common.unit, rowHeader: true, cell: ({ unitId }) => unitName(units, unitId) },
          { header: common.state, cell: ({ state }) => <StateBadge kind="part" state={state} /> },
          {
            header: m.deadline,
            cell: (standing) => {
              const deadline = deadlineOf(standing);
              return deadline ? <DeadlineText deadline={deadline} /> : '–';
            },
          },
          {
            header: m.submittedAt,
            cell: ({ submittedAt }) => (submittedAt ? fmt.dateTime(submittedAt) : '–'),
          },
          {
            header: m.action,
            cell: ({ unitId, state }) => {
              const own = user.roles.includes('division_head') && user.unitId === unitId;
              const editable = open && own && (state === 'draft' || state === 'returned');
              const reviewable = open && user.roles.includes('verifier') && state === 'submitted';
              // In a box of its own: a cell laid out as a flex box leaves the table's row and its lines.
              return (
                <div className="row-actions">
                  {editable || reviewable ? (
                    <Link className="button small" to={paths.part(year, quarter, unitId)}>
                      {editable ? m.fill : m.review}
                    </Link>
                  ) : (
                    <Link to={paths.part(year, quarter, unitId)}>{m.open}</Link>
                  )}{' '}
                  <Link className="muted-link" to={paths.history(year, { kind: 'part', quarter, unitId })}>
                    {m.history}
                  </Link>
                </div>
              );
            },
          },
        ]}
      />
    </Card>
  );
}
