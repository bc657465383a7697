import type { TDiscrepancy, TDiscrepancyKind } from './discrepancy.js';

const headings: Record<TDiscrepancyKind, string> = {
  slip: 'Wrong figures (slips)',
  rounded: 'Right figures typed with fewer decimals',
  'no-target': 'Achievement typed as 0 for a quarter without a target',
  version: 'Perjanjian Kinerja budget vs Realisasi Anggaran allocation (two agreement versions)',
};

const columns: Record<TDiscrepancyKind, [string, string]> = {
  slip: ['Report', 'Product'],
  rounded: ['Report', 'Product'],
  'no-target': ['Report', 'Product'],
  version: ['PK Murni (v1)', 'Alokasi, PK Perubahan (v2)'],
};

const kinds: TDiscrepancyKind[] = ['slip', 'rounded', 'no-target', 'version'];

const cell = (text: string) => text.replaceAll('|', '\\|');

/** The discrepancy list as Markdown: one table per kind, in the order found. */
export function renderDiscrepancies(list: readonly TDiscrepancy[]): string {
  return kinds
    .map((kind) => {
      const items = list.filter((d) => d.kind === kind);
      if (items.length === 0) return '';
      const [reported, computed] = columns[kind];
      const rows = items.map((d) => `| ${[d.where, d.reported, d.computed, d.why].map(cell).join(' | ')} |`);
      return [
        `### ${headings[kind]} (${items.length})`,
        '',
        `| Where | ${reported} | ${computed} | Why |`,
        '|---|---|---|---|',
        ...rows,
        '',
      ].join('\n');
    })
    .filter(Boolean)
    .join('\n');
}
