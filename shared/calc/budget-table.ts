import type { TAgreementVersion } from '../model/agreement.js';
import type { TQuarter } from '../model/quarter.js';
import type { TQuarterPartContent } from '../model/realisation.js';
import { absorption, remainder, sumRupiah } from './budget.js';
import { spendingByActivity } from './collect.js';
import type { TTableScope } from './performance-table.js';

/** Alokasi, realisasi, serapan % and sisa of one line (activity, program or the agency). */
export type TBudgetFigures = {
  allocation: number;
  realised: number;
  absorption: number | null;
  remainder: number;
};

type TBudgetActivityRow = TBudgetFigures & { code: string; name: string; unitId: string };
type TBudgetProgramRow = TBudgetActivityRow & { activities: TBudgetActivityRow[] };

/** The computed budget table (Realisasi Anggaran): activities, program subtotals, grand total. */
export type TBudgetTable = TTableScope & { programs: TBudgetProgramRow[]; total: TBudgetFigures };

export type BudgetTableOptions = {
  /** The version whose allocations apply (the one in force). */
  agreement: TAgreementVersion;
  parts: readonly TQuarterPartContent[];
  /** Spending is summed over TW1..asOfQuarter. */
  asOfQuarter?: TQuarter;
  /** Only this unit's activities; agency-wide when absent. */
  unitId?: string;
};

/** Figures of a line from its allocation and realised amount. */
function budgetFigures(allocation: number, realised: number): TBudgetFigures {
  return {
    allocation,
    realised,
    absorption: absorption(allocation, realised),
    remainder: remainder(allocation, realised),
  };
}

/** Subtotal figures over rows: sums exact in Rupiah, absorption from the sums. */
function totalFigures(rows: readonly TBudgetFigures[]): TBudgetFigures {
  return budgetFigures(sumRupiah(rows.map((r) => r.allocation)), sumRupiah(rows.map((r) => r.realised)));
}

/** The budget table of an agreement version with the spending to date, per unit or agency-wide. */
export function buildBudgetTable(options: BudgetTableOptions): TBudgetTable {
  const { agreement, parts, asOfQuarter = 4, unitId } = options;
  const spending = spendingByActivity(parts, asOfQuarter);
  const programs = agreement.programs.flatMap((program): TBudgetProgramRow[] => {
    const activities = agreement.activities
      .filter((a) => a.programCode === program.code && (unitId === undefined || a.unitId === unitId))
      .map((a) => ({
        code: a.code,
        name: a.name,
        unitId: a.unitId,
        ...budgetFigures(a.budget, sumRupiah(spending.get(a.code) ?? [])),
      }));
    if (activities.length === 0 && unitId !== undefined) return [];
    const { code, name, unitId: programUnitId } = program;
    return [{ code, name, unitId: programUnitId, ...totalFigures(activities), activities }];
  });
  const { agencyId, year, version } = agreement;
  return {
    agencyId,
    year,
    version,
    asOfQuarter,
    unitId: unitId ?? null,
    programs,
    total: totalFigures(programs),
  };
}
