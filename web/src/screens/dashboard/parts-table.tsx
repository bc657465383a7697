import type { TUser } from '../../../../shared/model/organisation';
import type { TQuarter } from '../../../../shared/model/quarter';
import type { TUnitStanding } from '../../../../shared/workflow/dashboard';
import type { TQuarterState } from '../../../../shared/workflow/quarter-workflow';
import { unitName, useAgency, usePaths } from '../../app/agency';
import { Link } from '../../app/router';
import { StateBadge } from '../../components/state-badge';
import { commonMessages } from '../../i18n/common-messages';
import { useMessages } from '../../i18n/i18n';
import { dashboardMessages } from './dashboard-messages';
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
    <section className="card" aria-labelledby="parts-title">
      <h2 id="parts-title">{m.partsTitle}</h2>
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{common.unit}</th>
              <th scope="col">{common.state}</th>
              <th scope="col">{m.deadline}</th>
              <th scope="col">{m.submittedAt}</th>
              <th scope="col">{m.action}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((standing) => {
              const { unitId, state } = standing;
              const own = user.roles.includes('division_head') && user.unitId === unitId;
              const editable = open && own && (state === 'draft' || state === 'returned');
              const reviewable = open && user.roles.includes('verifier') && state === 'submitted';
              const deadline = deadlineOf(standing);
              return (
                <tr key={unitId} data-unit-id={unitId}>
                  <th scope="row">{unitName(units, unitId)}</th>
                  <td>
                    <StateBadge kind="part" state={state} />
                  </td>
                  <td>{deadline ? <DeadlineText deadline={deadline} /> : '–'}</td>
                  <td>{standing.submittedAt ? fmt.dateTime(standing.submittedAt) : '–'}</td>
                  <td className="row-actions">
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
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
