import { absorption } from '../../../../shared/calc/budget';
import type { TQuarterPartContent } from '../../../../shared/model/realisation';
import { useAgency } from '../../app/agency';
import { FieldError } from '../../components/field-error';
import { parseInput } from '../../form/number-input';
import { useMessages } from '../../i18n/i18n';
import { fieldId, type TPartDraft, type TUnitScope } from './part-draft';
import { quarterFormMessages } from './quarter-form-messages';

type TBudgetSectionProps = {
  scope: TUnitScope;
  draft: TPartDraft;
  earlierParts: TQuarterPartContent[];
  editable: boolean;
  errors: Map<string, string[]>;
  onChange: (activityCode: string, text: string) => void;
};

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
  const spentBefore = (code: string) =>
    props.earlierParts
      .flatMap((part) => part.budget)
      .filter((line) => line.activityCode === code)
      .reduce((sum, line) => sum + line.amount, 0);
  const rows = props.scope.activities.map((activity) => {
    const parsed = parseInput(props.draft.budget[activity.code] ?? '', props.draft.lang);
    // Unreadable or fractional text counts as nothing here; its field says what is wrong.
    const now =
      parsed.kind === 'number' && Number.isSafeInteger(parsed.value) && parsed.value >= 0 ? parsed.value : 0;
    const before = spentBefore(activity.code);
    return { activity, before, ...budgetLine(activity.budget, before + now) };
  });
  const total = budgetLine(
    rows.reduce((sum, row) => sum + row.activity.budget, 0),
    rows.reduce((sum, row) => sum + row.realised, 0),
  );
  return (
    <div className="table-scroll">
      <table className="data-table budget-table stack-on-phone">
        <thead>
          <tr>
            <th scope="col">{m.activity}</th>
            <th scope="col" className="num">
              {m.allocation}
            </th>
            <th scope="col" className="num">
              {m.earlier}
            </th>
            <th scope="col">{m.thisQuarter}</th>
            <th scope="col" className="num">
              {m.absorption}
            </th>
            <th scope="col" className="num">
              {m.remainder}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ activity, before, absorption, remainder }) => {
            const path = `activities.${activity.code}.amount`;
            const errors = props.errors.get(path) ?? [];
            return (
              <tr key={activity.code}>
                <th scope="row" data-label={m.activity}>
                  <span className="code">{activity.code}</span>
                  <label htmlFor={fieldId(path)}>{activity.name}</label>
                </th>
                <td className="num" data-label={m.allocation}>
                  {fmt.rupiah(activity.budget)}
                </td>
                <td className="num" data-label={m.earlier}>
                  {fmt.rupiah(before)}
                </td>
                <td data-label={m.thisQuarter}>
                  <input
                    id={fieldId(path)}
                    className="number wide"
                    inputMode="numeric"
                    autoComplete="off"
                    value={props.draft.budget[activity.code] ?? ''}
                    disabled={!props.editable}
                    aria-invalid={errors.length > 0}
                    aria-describedby={errors.length ? `${fieldId(path)}-error` : undefined}
                    onChange={(e) => props.onChange(activity.code, e.target.value)}
                  />
                  <FieldError id={`${fieldId(path)}-error`} messages={errors} />
                </td>
                <td className="num" data-label={m.absorption}>
                  {fmt.percent(absorption)}
                </td>
                <td className={`num${remainder < 0 ? ' negative' : ''}`} data-label={m.remainder}>
                  {fmt.rupiah(remainder)}
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{m.total}</th>
            <td className="num">{fmt.rupiah(total.allocation)}</td>
            <td />
            <td className="num">{fmt.rupiah(total.realised)}</td>
            <td className="num">{fmt.percent(total.absorption)}</td>
            <td className="num">{fmt.rupiah(total.remainder)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
