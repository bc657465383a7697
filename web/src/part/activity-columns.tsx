import type { ReactNode } from 'react';
import { quarterFormMessages } from '../../../shared/messages/web/quarter-form';
import type { TActivity } from '../../../shared/model/agreement';
import { useAgency } from '../app/agency';
import type { TColumn } from '../components/data-table';
import { useMessages } from '../i18n/i18n';

/**
 * The columns the quarter form's budget and the review's share: the activity (its name drawn by
 * `name`, a label in the form) and its allocation.
 */
export function useActivityColumns<Row extends { activity: TActivity }>(
  name: (activity: TActivity) => ReactNode = (activity) => activity.name,
): TColumn<Row>[] {
  const m = useMessages(quarterFormMessages);
  const { fmt } = useAgency();
  return [
    {
      header: m.activity,
      rowHeader: true,
      cell: ({ activity }) => (
        <>
          <span className="code">{activity.code}</span> {name(activity)}
        </>
      ),
    },
    { header: m.allocation, num: true, cell: ({ activity }) => fmt.rupiah(activity.budget) },
  ];
}
