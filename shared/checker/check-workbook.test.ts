import { describe, expect, it } from 'vitest';
import { handMadeWorkbook2019 } from '../../test/support/hand-made-tables.js';
import { formatPercent, formatRupiah } from '../calc/format.js';
import { findSeedDiscrepancies2019 } from '../seed/hss-2019-discrepancies.js';
import { checkWorkbook } from './check-workbook.js';
import type { TFinding } from './finding.js';

const kinds = { slip: 'slip', rounded: 'rounded', noTarget: 'no-target' } as const;

/** A finding as docs/SEED-DISCREPANCIES.md words its table, its column, the typed and the computed figure. */
function asListed(f: TFinding): string {
  if (f.quarter) {
    const computed = `TW${f.quarter}: ${formatPercent(f.computed)}; s.d. TW${f.quarter}: ${formatPercent(f.toDate)}`;
    return `${kinds[f.kind]} | ${f.sheet} | capaian TW${f.quarter} | ${f.typed} | ${computed}`;
  }
  const typed = formatRupiah(Number(f.typed.replaceAll('.', '')));
  return `${kinds[f.kind]} | ${f.sheet} | sisa | ${typed} | ${formatRupiah(f.computed)}`;
}

/** The seed's list, for the three tables the workbook holds. */
function listedForTables(): string[] {
  return findSeedDiscrepancies2019().flatMap((d) => {
    const [table] = d.where.split(' · ');
    const column = d.where.split(' · ').at(-1);
    if (table !== 'Tabel 1' && table !== 'Tabel 2' && table !== 'Realisasi Anggaran') return [];
    if (d.kind === 'version') return [];
    return [`${d.kind} | ${table} | ${column} | ${d.reported} | ${d.computed}`];
  });
}

describe('checkWorkbook on the seed report typed by hand', () => {
  const result = checkWorkbook(handMadeWorkbook2019());

  it("finds each sheet's table under its repeated headers", () => {
    expect(result.sheets.map(({ name, tables, rows, figures }) => ({ name, tables, rows, figures }))).toEqual(
      [
        { name: 'Tabel 1', tables: ['quarterly'], rows: 5, figures: 10 },
        { name: 'Tabel 2', tables: ['quarterly'], rows: 30, figures: 120 },
        { name: 'Realisasi Anggaran', tables: ['budget'], rows: 35, figures: 70 },
      ],
    );
  });

  it('lists what docs/SEED-DISCREPANCIES.md lists for these tables, and nothing more', () => {
    // Where they differ: the workbook does not hold the ratios' year parts (Bab III's formulas,
    // 10.249 / 16.982 and 705 / 11.638), so the achievement to date at TW4 of the key indicator
    // and of program 1 reads from the quarters. Both cells are slips either way.
    const fromQuarters: Record<string, string> = {
      'TW4: 2.229,63 %; s.d. TW4: 91,80 %': 'TW4: 2.229,63 %; s.d. TW4: 91,71 %',
      'TW4: 2.617,65 %; s.d. TW4: 105,90 %': 'TW4: 2.617,65 %; s.d. TW4: 105,94 %',
    };
    const listed = listedForTables();
    const expected = listed.map((line) => {
      const [computed, read] = Object.entries(fromQuarters).find(([from]) => line.endsWith(from)) ?? [];
      return computed && read ? line.replace(computed, read) : line;
    });
    expect(expected.filter((line, i) => line !== listed[i])).toHaveLength(2);
    expect(result.findings.map(asListed).sort()).toEqual(expected.sort());
  });

  it('says where each figure stands and why it is listed', () => {
    const at = (cell: string) => result.findings.find((f) => f.sheet === 'Tabel 2' && f.cell === cell);
    expect(at('Q9')).toMatchObject({
      row: 9,
      column: 'Q',
      rowLabel:
        '1.2 Bantuan Usaha bagi Anak Terlantar · Jumlah anak terlantar yang memperoleh bantuan usaha ekonomi produktif (UEP)',
      columnLabel: 'Capaian(%) TW4',
      reason: 'neither',
      typed: '95',
      computed: 185,
      toDate: 92.5,
    });
    expect(at('Q19')).toMatchObject({ reason: 'repeatsRealisation', typed: '32' });
    expect(at('Q41')).toMatchObject({ reason: 'roundedTwice', typed: '92,4' });
    const copied = result.findings.find((f) => f.cell === 'F12');
    expect(copied).toMatchObject({
      sheet: 'Realisasi Anggaran',
      reason: 'remainderOfRow',
      copiedFrom: 'Perlindungan sosial bagi anak terlantar',
      computed: 10_450_000,
      figure: 'rupiah',
    });
  });
});
