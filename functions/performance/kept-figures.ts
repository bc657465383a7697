import { buildPerformanceTable } from '../../shared/calc/performance-table.js';
import { buildTrends, type TTrendYear } from '../../shared/calc/trends.js';
import { computedOnce } from '../computed-once.js';

/** The performance table, kept per process for the very records it was computed from (computed-once.ts). */
export const keptPerformanceTable = computedOnce(
  buildPerformanceTable,
  ({ agreement, parts, asOfQuarter, unitId, bands }) => [agreement, asOfQuarter, unitId, bands, ...parts],
);

/** A year's trends against the past years, kept alike. */
export const keptTrends = computedOnce(
  ({ current, past }: { current: TTrendYear; past: readonly TTrendYear[] }) => buildTrends(current, past),
  ({ current, past }) => [current, ...past].flatMap((year) => [year.agreement, ...year.parts]),
);
