import { useId } from 'react';
import { dashboardMessages } from '../../../../shared/messages/web/dashboard';
import type { TDashboard } from '../../../../shared/workflow/dashboard';
import { unitName, useAgency } from '../../app/agency';
import { Card } from '../../components/card';
import { useMessages } from '../../i18n/i18n';
import { atRiskGroups, shownPerGroup, type TAtRiskGroup } from './at-risk-groups';

type TRow = TDashboard['achievements'][number];

/**
 * The head's list of indicators that, on the figures so far, can no longer reach the year's
 * target: by the unit that answers for them, the furthest from target first, each unit's first
 * few shown and the rest behind "n more", so a long list (17 at 2019's TW3) reads on a phone.
 */
export function AtRiskList(props: { achievements: TDashboard['achievements'] }) {
  const m = useMessages(dashboardMessages).atRisk;
  const groups = atRiskGroups(props.achievements);
  const count = groups.reduce((sum, group) => sum + group.items.length, 0);
  return (
    <Card title={m.title} className="at-risk-card">
      <p className="muted">{m.rule}</p>
      {groups.length ? (
        <>
          <p>{m.count(count, groups.length)}</p>
          {groups.map((group) => (
            <AtRiskGroup key={group.unitId} group={group} />
          ))}
        </>
      ) : (
        <p>{m.none}</p>
      )}
    </Card>
  );
}

function AtRiskGroup({ group }: { group: TAtRiskGroup<TRow> }) {
  const m = useMessages(dashboardMessages).atRisk;
  const { units } = useAgency();
  const heading = useId();
  const rest = group.items.slice(shownPerGroup);
  return (
    <section className="at-risk-group" aria-labelledby={heading}>
      <h3 id={heading}>
        {unitName(units, group.unitId)} <span className="muted">({group.items.length})</span>
      </h3>
      <AtRiskItems items={group.items.slice(0, shownPerGroup)} />
      {rest.length > 0 && (
        <details>
          <summary>{m.more(rest.length)}</summary>
          <AtRiskItems items={rest} />
        </details>
      )}
    </section>
  );
}

function AtRiskItems({ items }: { items: TAtRiskGroup<TRow>['items'] }) {
  const m = useMessages(dashboardMessages).atRisk;
  const { fmt } = useAgency();
  return (
    <ul className="at-risk">
      {items.map((row) => (
        <li key={row.indicatorId}>
          <span className="code">{row.indicatorCode}</span> {row.name}:{' '}
          {m.bestOnPlan(
            fmt.number(row.atRisk.bestOnPlan),
            fmt.number(row.target),
            row.unit,
            fmt.percent(row.atRisk.bestAchievement),
          )}
        </li>
      ))}
    </ul>
  );
}
