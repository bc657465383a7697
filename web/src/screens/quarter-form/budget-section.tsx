import { absorption } from '../../../../shared/calc/budget';
import { quarterFormMessages } from '../../../../shared/messages/web/quarter-form';
import type { TQuarterPartContent } from '../../../../shared/model/realisation';
import { useAgency } from '../../app/agency';
import { DataTable } from '../../components/data-table';
import { FieldError } from '../../components/field-error';
import { parseInput } from '../../form/number-input';
import { useMessages } from '../../i18n/i18n';
import { useActivityColumns } from '../../part/activity-columns';
import { spentOn } from '../../part/spent-on';
import { fieldId, type TPartDraft, type TUnitScope } from './part-draft';

type TBudgetSectionProps = {
  scope: TUnitScope;
  draft: TPartDraft;
  earlierParts: TQuarterPartContent[];
  editable: boolean;
  errors: Map<string, string[]>;
  onChange: (activityCode: string, text: string) => void;
};

/** The path the API and the live checks name an activity's amount by. */
const amountPath = (activityCode: string) => `activities.${activityCode}.amount`;

/** Allocation against realised: absorption (serapan) and remainder (sisa). */
const budgetLine = (allocation: number, realised: number) => ({
  allocation,
  realised,
  absorption: absorption(allocation, realised),
  remainder: allocation - realised,
});

/** Spending per activity this quarter, with absorption and remainder to date computed as typed. */
export function BudgetSection(props: TBudgetSectionProps) {
  const m = useMessages(quarterFormMessages);
  const { fmt } = useAgency();
  const rows = props.scope.activities.map((activity) => {
    const parsed = parseInput(props.draft.budget[activity.code] ?? '', props.draft.lang);
    // Unreadable or fractional text counts as nothing here; its field says what is wrong.
    const now =
      parsed.kind === 'number' && Number.isSafeInteger(parsed.value) && parsed.value >= 0 ? parsed.value : 0;
    const before = spentOn(props.earlierParts, activity.code);
    return { activity, before, ...budgetLine(activity.budget, before + now) };
  });
  const activityColumns = useActivityColumns<(typeof rows)[number]>((activity) => (
    <label htmlFor={fieldId(amountPath(activity.code))}>{activity.name}</label>
  ));
  const total = budgetLine(
    rows.reduce((sum, row) => sum + row.activity.budget, 0),
    rows.reduce((sum, row) => sum + row.realised, 0),
  );
  return (
    <DataTable
      className="budget-table"
      rows={rows}
      rowKey={(row) => row.activity.code}
      columns={[
        ...activityColumns,
        { header: m.earlier, num: true, cell: ({ before }) => fmt.rupiah(before) },
        {
          header: m.thisQuarter,
          cell: ({ activity }) => {
            const id = fieldId(amountPath(activity.code));
            const errors = props.errors.get(amountPath(activity.code)) ?? [];
            return (
              <>
                <input
                  id={id}
                  className="number wide"
                  inputMode="numeric"
                  autoComplete="off"
                  value={props.draft.budget[activity.code] ?? ''}
                  disabled={!props.editable}
                  aria-invalid={errors.length > 0}
                  aria-describedby={errors.length ? `${id}-error` : undefined}
                  onChange={(e) => props.onChange(activity.code, e.target.value)}
                />
                <FieldError id={`${id}-error`} messages={errors} />
              </>
            );
          },
        },
        { header: m.absorption, num: true, cell: (row) => fmt.percent(row.absorption) },
        {
          header: m.remainder,
          num: true,
          cellClass: (row) => (row.remainder < 0 ? 'negative' : undefined),
          cell: (row) => fmt.rupiah(row.remainder),
        },
      ]}
      footer={
        <tr>
          <th scope="row">{m.total}</th>
          <td className="num">{fmt.rupiah(total.allocation)}</td>
          <td />
          <td className="num">{fmt.rupiah(total.realised)}</td>
          <td className="num">{fmt.percent(total.absorption)}</td>
          <td className="num">{fmt.rupiah(total.remainder)}</td>
        </tr>
      }
    />
  );
}
