import { describe, expect, it } from 'vitest';
import { buildE81Table } from '../calc/e81-table.js';
import { defaultStatusBands } from '../model/status-band.js';
import { agreement2019Perubahan, parts2019 } from '../seed/hss-2019.js';
import { compileRegionQuarter } from './region-compilation.js';

const e81 = buildE81Table({ agreement: agreement2019Perubahan, parts: parts2019, asOfQuarter: 2 });
const bands = defaultStatusBands;

describe("the region's compilation of a quarter", () => {
  const compilation = compileRegionQuarter(2019, 2, [
    { agencyId: 'dinsos', name: 'Dinas Sosial', state: 'accepted', e81, bands },
    { agencyId: 'dinkes', name: 'Dinas Kesehatan', state: 'signed_off', e81: null, bands },
    { agencyId: 'bappeda-copy', name: 'Badan Uji', state: 'accepted', e81, bands },
  ]);

  it('lists every agency by name, with figures only where the quarter was accepted', () => {
    expect(compilation.lines.map((line) => [line.name, line.state, line.allocation])).toEqual([
      ['Badan Uji', 'accepted', e81.total.target],
      ['Dinas Kesehatan', 'signed_off', null],
      ['Dinas Sosial', 'accepted', e81.total.target],
    ]);
    expect(compilation.compiled.map((entry) => entry.agencyId)).toEqual(['bappeda-copy', 'dinsos']);
  });

  it("takes each agency's line from its own E.81 and adds the budgets exactly", () => {
    const own = compilation.lines[2];
    expect(own?.realised).toBe(e81.total.year);
    expect(own?.absorption).toBe(e81.total.achievement);
    expect(own?.averageAchievement).toBe(e81.averageAchievement);
    expect(own?.band?.id).toBe(e81.band);
    expect(compilation.total.allocation).toBe(2 * e81.total.target);
    expect(compilation.total.realised).toBe(2 * (e81.total.year ?? 0));
    expect(compilation.total.absorption).toBeCloseTo(e81.total.achievement ?? 0, 10);
  });

  it('pools every program and activity indicator of the region for its mean achievement', () => {
    const other = buildE81Table({ agreement: agreement2019Perubahan, parts: parts2019, asOfQuarter: 4 });
    const mixed = compileRegionQuarter(2019, 2, [
      { agencyId: 'a', name: 'A', state: 'accepted', e81, bands },
      { agencyId: 'b', name: 'B', state: 'accepted', e81: other, bands },
    ]);
    const values = [e81, other].flatMap((table) =>
      table.rows.flatMap((row) =>
        row.level !== 'objective' && row.kinerja?.achievement != null ? [row.kinerja.achievement] : [],
      ),
    );
    expect(mixed.total.averageAchievement).toBeCloseTo(values.reduce((a, b) => a + b, 0) / values.length, 10);
  });

  it('has no totals to speak of before anything is accepted', () => {
    const empty = compileRegionQuarter(2019, 1, [
      { agencyId: 'a', name: 'A', state: 'open', e81: null, bands },
    ]);
    expect(empty.total).toEqual({
      allocation: 0,
      realised: 0,
      absorption: null,
      averageAchievement: null,
      band: null,
    });
  });
});
