import { buildBudgetTable } from '../calc/budget-table.js';
import { formatPercent, formatRupiah } from '../calc/format.js';
import { compareTyped, type TDiscrepancy } from './discrepancy.js';
import { agreement2019Perubahan, parts2019 } from './hss-2019.js';
import { budgetLines2019 } from './hss-2019-budget.js';
import { reportedFigures2019 } from './hss-2019-reported.js';

/** Absorption and sisa of each budget line, the totals, and PK Murni against the allocations. */
export function budgetDiscrepancies2019(): TDiscrepancy[] {
  const table = buildBudgetTable({ agreement: agreement2019Perubahan, parts: parts2019 });
  const rows = table.programs.flatMap((p) => p.activities);
  const found: TDiscrepancy[] = [];
  for (const row of rows) {
    const typed = reportedFigures2019.budgetLines[row.code];
    if (!typed) continue;
    const where = `Realisasi Anggaran · ${row.code} ${row.name}`;
    const verdict = compareTyped(typed.absorption, [row.absorption]);
    if (verdict !== 'ok') {
      const why = verdict === 'rounded' ? 'rounded to fewer decimals' : 'realisasi / alokasi × 100';
      found.push({
        kind: verdict,
        where: `${where} · %`,
        reported: `${typed.absorption} %`,
        computed: formatPercent(row.absorption),
        why,
      });
    }
    if (typed.remainder !== row.remainder) {
      const source = rows.find((other) => other !== row && other.remainder === typed.remainder);
      const why = source
        ? `alokasi − realisasi; the typed figure is the sisa of ${source.code} ${source.name}`
        : 'alokasi − realisasi';
      found.push({
        kind: 'slip',
        where: `${where} · sisa`,
        reported: formatRupiah(typed.remainder),
        computed: formatRupiah(row.remainder),
        why,
      });
    }
  }
  const direct = reportedFigures2019.directSpending;
  const checks: [string, string, string][] = [
    ['alokasi', formatRupiah(direct.allocation), formatRupiah(table.total.allocation)],
    ['realisasi', formatRupiah(direct.realised), formatRupiah(table.total.realised)],
    ['%', `${direct.absorption} %`, formatPercent(table.total.absorption)],
    ['sisa', formatRupiah(direct.remainder), formatRupiah(table.total.remainder)],
  ];
  for (const [what, reported, computed] of checks) {
    if (reported === computed) continue;
    found.push({
      kind: 'slip',
      where: `Belanja langsung total · ${what}`,
      reported,
      computed,
      why: 'Σ of the activities',
    });
  }
  for (const line of budgetLines2019) {
    if (line.pk === line.allocation) continue;
    const where = `Perjanjian Kinerja vs Realisasi Anggaran · ${line.code} ${line.name}`;
    const why = 'kept as PK Murni (version 1) and PK Perubahan (version 2)';
    found.push({
      kind: 'version',
      where,
      reported: formatRupiah(line.pk),
      computed: formatRupiah(line.allocation),
      why,
    });
  }
  return found;
}
