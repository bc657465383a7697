import { describe, expect, it } from 'vitest';
import { sheetOf } from './checker.fixture.js';
import { findTableLayout, quarterOfLabel } from './sheet-columns.js';

describe('quarterOfLabel', () => {
  it.each([
    ['TW1', 1],
    ['TW I', 1],
    ['tw-2', 2],
    ['Triwulan III', 3],
    ['TW IV', 4],
  ])('reads %s as quarter %d', (label, quarter) => {
    expect(quarterOfLabel(label)).toBe(quarter);
  });

  it.each(['TW5', 'Target', 'IV', ''])('reads no quarter in %j', (label) => {
    expect(quarterOfLabel(label)).toBeUndefined();
  });
});

describe('findTableLayout', () => {
  it("reads a merged header's groups (the parse fills a merge with its first cell) under a title", () => {
    const group = (label: string) => [label, label, label, label];
    const sheet = sheetOf('TW', [
      ['CAPAIAN KINERJA TRIWULAN IV'],
      [],
      [
        'No',
        'Uraian',
        'Satuan',
        'Target 2019',
        ...group('Target'),
        ...group('Realisasi'),
        ...group('Capaian (%)'),
      ],
      [
        '',
        '',
        '',
        '',
        'TW I',
        'TW II',
        'TW III',
        'TW IV',
        'TW I',
        'TW II',
        'TW III',
        'TW IV',
        'TW I',
        'TW II',
        'TW III',
        'TW IV',
      ],
    ]);
    const layout = findTableLayout(sheet);
    expect(layout?.headerRows).toEqual([2, 3]);
    expect(layout?.columns.map((c) => c.role)).toEqual([
      { kind: 'no' },
      { kind: 'name' },
      { kind: 'unit' },
      { kind: 'annualTarget' },
      ...[1, 2, 3, 4].map((quarter) => ({ kind: 'quarterTarget', quarter })),
      ...[1, 2, 3, 4].map((quarter) => ({ kind: 'realisation', quarter })),
      ...[1, 2, 3, 4].map((quarter) => ({ kind: 'achievement', quarter })),
    ]);
  });

  it("reads a budget table's columns by their usual names", () => {
    const sheet = sheetOf('Anggaran', [
      ['No', 'Program / Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)', 'Serapan (%)', 'Sisa (Rp)'],
    ]);
    expect(findTableLayout(sheet)?.columns.map((c) => c.role.kind)).toEqual([
      'no',
      'name',
      'allocation',
      'budgetRealised',
      'absorption',
      'remainder',
    ]);
  });

  it('finds no table in a sheet of notes', () => {
    expect(
      findTableLayout(sheetOf('Catatan', [['Laporan ini disusun …'], ['Target dan realisasi']])),
    ).toBeUndefined();
  });
});
