import { absorption, sumRupiah } from '../calc/budget.js';
import { e81Achievements, meanAchievement, type TE81Table } from '../calc/e81-table.js';
import { statusBand } from '../calc/status-band.js';
import type { TQuarter } from '../model/quarter.js';
import { defaultStatusBands, type TStatusBand, type TStatusBands } from '../model/status-band.js';
import type { TQuarterState } from '../workflow/quarter-workflow.js';

/** One agency of the region for a quarter: its quarter's state, and its Tabel E.81 where the Bappeda accepted it. */
export type TRegionAgencyQuarter = {
  agencyId: string;
  name: string;
  /** Null where the agency has no such quarter (no agreement signed for the year yet). */
  state: TQuarterState | null;
  /** Only for an accepted quarter: the compilation holds final figures only. */
  e81: TE81Table | null;
  /** The agency's own status bands, which its achievement is banded by. */
  bands: TStatusBands;
};

/** An agency's line of the region's recapitulation: its budget and mean achievement, none where not accepted. */
export type TRegionLine = {
  agencyId: string;
  name: string;
  state: TQuarterState | null;
  allocation: number | null;
  realised: number | null;
  absorption: number | null;
  averageAchievement: number | null;
  band: TStatusBand | null;
};

/** The region's quarter: a line per agency (by name) and the totals over the accepted ones. */
export type TRegionCompilation = {
  year: number;
  quarter: TQuarter;
  lines: TRegionLine[];
  /** The agencies whose accepted quarter it holds, by name. */
  compiled: { agencyId: string; e81: TE81Table }[];
  total: Omit<TRegionLine, 'agencyId' | 'name' | 'state'>;
};

/**
 * The region's compilation of a quarter from its agencies. Every figure is the agency's own E.81's;
 * the region's totals add the agencies' budgets, and its mean achievement is the mean over every
 * program and activity indicator of the region (each indicator weighs the same, as in one agency's),
 * banded by the common bands.
 */
export function compileRegionQuarter(
  year: number,
  quarter: TQuarter,
  agencies: readonly TRegionAgencyQuarter[],
  regionBands: TStatusBands = defaultStatusBands,
): TRegionCompilation {
  const sorted = [...agencies].sort((a, b) => a.name.localeCompare(b.name, 'id'));
  const lines = sorted.map(({ agencyId, name, state, e81, bands }): TRegionLine => {
    if (!e81) {
      return {
        agencyId,
        name,
        state,
        allocation: null,
        realised: null,
        absorption: null,
        averageAchievement: null,
        band: null,
      };
    }
    return {
      agencyId,
      name,
      state,
      allocation: e81.total.target,
      realised: e81.total.year,
      absorption: e81.total.achievement,
      averageAchievement: e81.averageAchievement,
      band: statusBand(e81.averageAchievement, bands),
    };
  });
  const compiled = sorted.flatMap(({ agencyId, e81 }) => (e81 ? [{ agencyId, e81 }] : []));
  const allocation = sumRupiah(compiled.map(({ e81 }) => e81.total.target));
  const realised = sumRupiah(compiled.map(({ e81 }) => e81.total.year ?? 0));
  const averageAchievement = meanAchievement(compiled.flatMap(({ e81 }) => e81Achievements(e81.rows)));
  return {
    year,
    quarter,
    lines,
    compiled,
    total: {
      allocation,
      realised,
      absorption: absorption(allocation, realised),
      averageAchievement,
      band: statusBand(averageAchievement, regionBands),
    },
  };
}
