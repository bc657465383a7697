import { absorption } from '../../../../shared/calc/budget';
import type { TQuarterPartContent } from '../../../../shared/model/realisation';
import { useAgency } from '../../app/agency';
import { useMessages } from '../../i18n/i18n';
import type { TUnitScope } from '../quarter-form/part-draft';
import { reviewMessages } from './review-messages';

/** The unit's spending this quarter and to date against each activity's allocation. */
export function BudgetReview(props: {
  scope: TUnitScope;
  content: TQuarterPartContent;
  earlierParts: TQuarterPartContent[];
}) {
  const m = useMessages(reviewMessages);
  const { fmt } = useAgency();
  const spent = (parts: TQuarterPartContent[], code: string) =>
    parts
      .flatMap((p) => p.budget)
      .filter((b) => b.activityCode === code)
      .reduce((sum, b) => sum + b.amount, 0);
  return (
    <div className="table-scroll">
      <table className="data-table stack-on-phone">
        <thead>
          <tr>
            <th scope="col">{m.activity}</th>
            <th scope="col" className="num">
              {m.allocation}
            </th>
            <th scope="col" className="num">
              {m.thisQuarter}
            </th>
            <th scope="col" className="num">
              {m.toDateBudget}
            </th>
            <th scope="col" className="num">
              {m.absorption}
            </th>
            <th scope="col" className="num">
              {m.remainder}
            </th>
          </tr>
        </thead>
        <tbody>
          {props.scope.activities.map((activity) => {
            const now = spent([props.content], activity.code);
            const toDate = now + spent(props.earlierParts, activity.code);
            return (
              <tr key={activity.code}>
                <th scope="row" data-label={m.activity}>
                  <span className="code">{activity.code}</span> {activity.name}
                </th>
                <td className="num" data-label={m.allocation}>
                  {fmt.rupiah(activity.budget)}
                </td>
                <td className="num" data-label={m.thisQuarter}>
                  {fmt.rupiah(now)}
                </td>
                <td className="num" data-label={m.toDateBudget}>
                  {fmt.rupiah(toDate)}
                </td>
                <td className="num" data-label={m.absorption}>
                  {fmt.percent(absorption(activity.budget, toDate))}
                </td>
                <td className="num" data-label={m.remainder}>
                  {fmt.rupiah(activity.budget - toDate)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
