import { describe, expect, it } from 'vitest';
import type { TUnit } from './organisation.js';
import { endedUnit, renamedUnit, unitNameIn, unitsOfYear } from './unit-history.js';

const unit = (id: string, name: string, extra: Partial<TUnit> = {}): TUnit => ({
  id,
  agencyId: 'dinsos',
  name,
  kind: 'division',
  ...extra,
});

describe("a unit's history", () => {
  it('keeps the former names for the years they were used', () => {
    const first = renamedUnit(
      unit('pemberdayaan', 'Bidang Pemberdayaan'),
      'Bidang Pemberdayaan Sosial',
      2021,
    );
    const second = renamedUnit(first, 'Bidang Pemberdayaan dan Penanganan Fakir Miskin', 2024);
    expect([2019, 2020, 2021, 2023, 2024, 2030].map((year) => unitNameIn(second, year))).toEqual([
      'Bidang Pemberdayaan',
      'Bidang Pemberdayaan',
      'Bidang Pemberdayaan Sosial',
      'Bidang Pemberdayaan Sosial',
      'Bidang Pemberdayaan dan Penanganan Fakir Miskin',
      'Bidang Pemberdayaan dan Penanganan Fakir Miskin',
    ]);
  });

  it('renaming twice for the same year keeps the name the years before had', () => {
    const once = renamedUnit(unit('a', 'Lama'), 'Baru', 2025);
    const again = renamedUnit(once, 'Lebih Baru', 2025);
    expect(unitNameIn(again, 2024)).toBe('Lama');
    expect(unitNameIn(again, 2025)).toBe('Lebih Baru');
    expect(again.formerNames).toEqual([{ name: 'Lama', untilYear: 2024 }]);
  });

  it('reads a split: the old unit in the years before, its successors after', () => {
    const old = unit('rehabilitasi-perlindungan', 'Bidang Rehabilitasi dan Perlindungan');
    const units = [
      unit('sekretariat', 'Sekretariat', { kind: 'secretariat' }),
      endedUnit(old, 2025, ['rehabilitasi', 'perlindungan']),
      unit('rehabilitasi', 'Bidang Rehabilitasi Sosial', { fromYear: 2025 }),
      unit('perlindungan', 'Bidang Perlindungan Sosial', { fromYear: 2025 }),
    ];
    const ids = (year: number) => unitsOfYear(units, year).map((u) => u.id);
    expect(ids(2024)).toEqual(['sekretariat', 'rehabilitasi-perlindungan']);
    expect(ids(2025)).toEqual(['sekretariat', 'rehabilitasi', 'perlindungan']);
    expect(units[1]).toMatchObject({ untilYear: 2024, successorIds: ['rehabilitasi', 'perlindungan'] });
  });

  it("names each year's units as they were named then", () => {
    const units = [renamedUnit(unit('a', 'Bidang A'), 'Bidang A Baru', 2026)];
    expect(unitsOfYear(units, 2025)[0]?.name).toBe('Bidang A');
    expect(unitsOfYear(units, 2026)[0]?.name).toBe('Bidang A Baru');
  });
});
