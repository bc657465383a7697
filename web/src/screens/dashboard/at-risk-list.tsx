import { dashboardMessages } from '../../../../shared/messages/web/dashboard';
import type { TDashboard } from '../../../../shared/workflow/dashboard';
import { useAgency } from '../../app/agency';
import { Card } from '../../components/card';
import { useMessages } from '../../i18n/i18n';

/** The head's list of indicators that, on the figures so far, can no longer reach the year's target. */
export function AtRiskList(props: { achievements: TDashboard['achievements'] }) {
  const m = useMessages(dashboardMessages).atRisk;
  const { fmt } = useAgency();
  const atRisk = props.achievements.flatMap((row) => (row.atRisk ? [{ ...row, risk: row.atRisk }] : []));
  return (
    <Card title={m.title}>
      <p className="muted">{m.rule}</p>
      {atRisk.length ? (
        <ul className="at-risk">
          {atRisk.map((row) => (
            <li key={row.indicatorId}>
              <span className="code">{row.indicatorCode}</span> {row.name}:{' '}
              {m.bestOnPlan(fmt.number(row.risk.bestOnPlan), fmt.number(row.target), row.unit)}
            </li>
          ))}
        </ul>
      ) : (
        <p>{m.none}</p>
      )}
    </Card>
  );
}
