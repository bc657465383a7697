import { formatNumber } from '../calc/format.js';
import type { TIndicator } from '../model/indicator.js';
import { targetGrade, targetValue } from '../model/indicator.js';
import { agreement2019Murni } from '../seed/hss-2019.js';
import { numberCell, textCell } from '../workbook/sheet-cells.js';
import type { TSheet, TSheetCell, TWorkbook } from '../workbook/workbook.js';

type TValue = string | number | null;

/** A sheet as the agency typed it: its rows and its merged ranges ("A4:A5"). */
export type TTypedSheet = { name: string; rows: TValue[][]; merges: string[] };

const letters = 'ABCDEFGHIJ';
/** Owners on a printed page: the header repeats after them, as the seed's Tabel 2 does. */
const pageBreakEvery = 12;

/** Typed the Indonesian way as text ("65,74", "2.347", "81,57 (A)"), or as a number where Excel took one. */
function typed(target: TIndicator['target']): TValue {
  const value = targetValue(target);
  const grade = targetGrade(target);
  const text = formatNumber(value, { locale: 'id', maxDecimals: 4 });
  if (grade) return `${text} (${grade})`;
  return Number.isInteger(value) && value < 1000 ? value : text;
}

/**
 * One level's table as the seed's own tables lay it out: a title merged across, a blank row, a
 * header two rows deep (No, the owner, Indikator, Satuan and Target merged down beside "Target
 * Triwulan" merged over TW I–IV), the columns numbered 1, 2, 3 …, then each owner's rows with its
 * number and name merged down over its indicators, a blank row after each owner, the header again
 * after every 12 owners (a page break); `extra` columns
 * (the activities' Anggaran) follow the quarters.
 */
function levelSheet<T extends { code: string; name: string; indicators: TIndicator[] }>(
  name: string,
  title: string,
  headers: { owner: string; indicator: string; extra?: string },
  owners: T[],
  extra: (owner: T, o: number) => TValue = () => null,
): TTypedSheet {
  const width = headers.extra ? 10 : 9;
  const last = letters[width - 1];
  const head: TValue[] = ['No', headers.owner, headers.indicator, 'Satuan', 'Target 2019', 'Target Triwulan'];
  const rows: TValue[][] = [[title], []];
  const merges = [`A1:${last}1`];
  // The header (again at a page break): two rows deep, then the columns numbered.
  const header = () => {
    const top = rows.length + 1;
    rows.push(
      [...head, null, null, null, ...(headers.extra ? [headers.extra] : [])],
      [null, null, null, null, null, 'TW I', 'TW II', 'TW III', 'TW IV'],
      Array.from({ length: width }, (_, c) => c + 1),
    );
    const down = ['A', 'B', 'C', 'D', 'E', 'J'].slice(0, width - 4).map((c) => `${c}${top}:${c}${top + 1}`);
    merges.push(`F${top}:I${top}`, ...down);
  };
  header();
  owners.forEach((owner, o) => {
    if (o > 0 && o % pageBreakEvery === 0) header();
    const first = rows.length + 1;
    const lines = owner.indicators.length === 0 ? [undefined] : owner.indicators;
    lines.forEach((indicator, i) => {
      const figures = indicator
        ? [indicator.name, indicator.unit, typed(indicator.target), ...indicator.quarterTargets.map(typed)]
        : [null, null, null, null, null, null, null];
      rows.push([
        i === 0 ? owner.code : null,
        i === 0 ? owner.name : null,
        ...figures,
        ...(headers.extra ? [i === 0 ? extra(owner, o) : null] : []),
      ]);
    });
    if (lines.length > 1) {
      const end = first + lines.length - 1;
      merges.push(`A${first}:A${end}`, `B${first}:B${end}`);
      if (headers.extra) merges.push(`J${first}:J${end}`);
    }
    rows.push([]);
  });
  return { name, rows, merges };
}

/**
 * What the PK table holds of an indicator, and what the import proposes for the rest: the fields
 * its import is compared on with the seed's own.
 */
export const figuresOf = ({
  code,
  name,
  unit,
  numberKind,
  polarity,
  aggregation,
  target,
  quarterTargets,
}: TIndicator) => ({ code, name, unit, numberKind, polarity, aggregation, target, quarterTargets });

/**
 * The seed's 2019 agreement (PK Murni) as the agency keeps it in Excel, a sheet per level with
 * no column for the indicator's code, kind, direction or aggregation, the unit, an IKU's formula
 * or data source: what its planner would upload. Rupiah typed as text ("53.608.000") and as numbers
 * in turn; the activities' sheet ends with its total line.
 */
export function seedPkTable(): TTypedSheet[] {
  const { objectives, programs, activities } = agreement2019Murni;
  const title = (what: string) =>
    `PERJANJIAN KINERJA ${what} DINAS SOSIAL KABUPATEN HULU SUNGAI SELATAN TAHUN 2019`;
  const total = activities.reduce((sum, activity) => sum + activity.budget, 0);
  const kegiatan = levelSheet(
    'Kegiatan',
    title('KEGIATAN'),
    { owner: 'Kegiatan', indicator: 'Indikator Kinerja Kegiatan (output)', extra: 'Anggaran (Rp)' },
    activities,
    (activity, a) => (a % 2 === 0 ? formatNumber(activity.budget, { locale: 'id' }) : activity.budget),
  );
  kegiatan.rows.push([
    null,
    'JUMLAH',
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    formatNumber(total, { locale: 'id' }),
  ]);
  return [
    levelSheet(
      'Sasaran',
      title('SASARAN'),
      { owner: 'Sasaran Strategis', indicator: 'Indikator Kinerja' },
      objectives,
    ),
    levelSheet(
      'Program',
      title('PROGRAM'),
      { owner: 'Program', indicator: 'Indikator Kinerja Program (outcome)' },
      programs,
    ),
    kegiatan,
  ];
}

/** "B12" → its 0-based row and column. */
const cellIndex = (name: string) => {
  const [, column = 'A', row = '1'] = /^([A-Z])(\d+)$/.exec(name) ?? [];
  return { row: Number(row) - 1, column: letters.indexOf(column) };
};

/** The typed sheets as the upload's parse reads them: Indonesian text read, merged ranges filled from their first cell. */
export function parsedSeedPkTable(): TWorkbook {
  const sheets = seedPkTable().map(({ name, rows, merges }): TSheet => {
    const cells: (TSheetCell | null)[][] = rows.map((row) =>
      row.map((value) => {
        if (value === null) return null;
        return typeof value === 'number' ? numberCell(value) : textCell(value, { sheet: name, cell: '' });
      }),
    );
    for (const range of merges) {
      const [from = '', to = ''] = range.split(':');
      const first = cellIndex(from);
      const end = cellIndex(to);
      const master = cells[first.row]?.[first.column];
      if (!master) continue;
      for (let r = first.row; r <= end.row; r++)
        for (let c = first.column; c <= end.column; c++) {
          const row = cells[r] ?? [];
          cells[r] = row;
          if (r !== first.row || c !== first.column) row[c] = { ...master, merged: true };
        }
    }
    return { name, rows: cells.map((row) => Array.from(row, (cell) => cell ?? null)) };
  });
  return { fileName: 'PK 2019 Dinas Sosial.xlsx', format: 'xlsx', hiddenSheets: [], sheets };
}
