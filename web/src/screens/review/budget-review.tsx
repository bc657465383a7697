import { absorption } from '../../../../shared/calc/budget';
import { reviewMessages } from '../../../../shared/messages/web/review';
import type { TQuarterPartContent } from '../../../../shared/model/realisation';
import { useAgency } from '../../app/agency';
import { DataTable } from '../../components/data-table';
import { useMessages } from '../../i18n/i18n';
import { useActivityColumns } from '../../part/activity-columns';
import { spentOn } from '../../part/spent-on';
import type { TUnitScope } from '../quarter-form/part-draft';

/** The unit's spending this quarter and to date against each activity's allocation. */
export function BudgetReview(props: {
  scope: TUnitScope;
  content: TQuarterPartContent;
  earlierParts: TQuarterPartContent[];
}) {
  const m = useMessages(reviewMessages);
  const { fmt } = useAgency();
  const rows = props.scope.activities.map((activity) => {
    const now = spentOn([props.content], activity.code);
    return { activity, now, toDate: now + spentOn(props.earlierParts, activity.code) };
  });
  const activityColumns = useActivityColumns<(typeof rows)[number]>();
  return (
    <DataTable
      rows={rows}
      rowKey={(row) => row.activity.code}
      columns={[
        ...activityColumns,
        { header: m.thisQuarter, num: true, cell: ({ now }) => fmt.rupiah(now) },
        { header: m.toDateBudget, num: true, cell: ({ toDate }) => fmt.rupiah(toDate) },
        {
          header: m.absorption,
          num: true,
          cell: ({ activity, toDate }) => fmt.percent(absorption(activity.budget, toDate)),
        },
        {
          header: m.remainder,
          num: true,
          cell: ({ activity, toDate }) => fmt.rupiah(activity.budget - toDate),
        },
      ]}
    />
  );
}
