import type { FieldIssue } from '../app-error.js';
import { formatNumber } from '../calc/format.js';
import { type TIndicator, targetValue } from './indicator.js';

const fmt = (x: number) => formatNumber(x, { maxDecimals: 6 });

/** Decimal targets (65,74 = 39,29 + 19,61 + 6,57 + 0,27) do not add up exactly in binary. */
export const targetsEqual = (a: number, b: number): boolean =>
  Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * The issues of an indicator's quarter targets against its annual target, by aggregation kind:
 * sum-kind quarters add up to it, cumulative ones never decrease and end at it, level ones equal it.
 */
export function checkTargets(indicator: TIndicator, path: string): FieldIssue[] {
  const annual = targetValue(indicator.target);
  const targets = indicator.quarterTargets.map(targetValue);
  const at = (q: number) => `${path}.quarterTargets.${q}`;
  switch (indicator.aggregation) {
    case 'sum': {
      const total = targets.reduce((sum, t) => sum + t, 0);
      if (targetsEqual(total, annual)) return [];
      const message = `jumlah target TW1–TW4 (${fmt(total)}) harus sama dengan target tahunan (${fmt(annual)})`;
      return [{ path: `${path}.quarterTargets`, message }];
    }
    case 'cumulative': {
      const issues: FieldIssue[] = [];
      targets.forEach((t, q) => {
        const before = targets[q - 1];
        if (before !== undefined && t < before && !targetsEqual(t, before)) {
          const message = `target kumulatif tidak boleh turun: TW${q + 1} (${fmt(t)}) < TW${q} (${fmt(before)})`;
          issues.push({ path: at(q), message });
        }
      });
      if (!targetsEqual(targets[3] ?? Number.NaN, annual)) {
        issues.push({
          path: at(3),
          message: `target kumulatif TW4 harus sama dengan target tahunan (${fmt(annual)})`,
        });
      }
      return issues;
    }
    case 'level':
      return targets.flatMap((t, q) =>
        targetsEqual(t, annual)
          ? []
          : [
              {
                path: at(q),
                message: `target tetap: TW${q + 1} (${fmt(t)}) harus sama dengan target tahunan (${fmt(annual)})`,
              },
            ],
      );
  }
}
