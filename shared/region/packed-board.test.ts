import { describe, expect, it } from 'vitest';
import type { TBoardSummary, TQuarterSummary } from '../model/agency-summary.js';
import { ZPackedBoardSchema } from '../model/packed-board.js';
import { defaultStatusBands } from '../model/status-band.js';
import { packBoard, packQuarter, unpackBoard } from './packed-board.js';
import { regionBoard } from './region-board.js';

const bands = defaultStatusBands
  .slice(0, 3)
  .map(({ id, label, labelEn, color }) => ({ id, label, labelEn, color }));
const [veryHigh, high, medium] = bands.map((band) => band.id);

const quarter = (q: 1 | 2 | 3 | 4, overrides: Partial<TQuarterSummary> = {}): TQuarterSummary => ({
  quarter: q,
  state: 'open',
  revision: 3,
  dueAt: `2026-0${q * 3 - 2}-10T15:59:00.000Z`,
  parts: 4,
  submitted: 0,
  late: 0,
  signedOffAt: null,
  ikuBands: [],
  unscored: 5,
  atRisk: 0,
  allocation: 15_959_915_800,
  realised: 0,
  absorption: 0,
  ...overrides,
});

const agency = (agencyId: string, quarters: TQuarterSummary[], own = bands): TBoardSummary => ({
  regionId: 'kab-hss',
  agencyId,
  year: 2026,
  name: `Dinas ${agencyId}`,
  shortName: agencyId,
  timeZone: 'Asia/Makassar',
  bands: own,
  quarters,
});

const signedOff = quarter(1, {
  state: 'signed_off',
  submitted: 4,
  late: 1,
  signedOffAt: '2026-04-12T02:00:00.000Z',
  ikuBands: [
    { id: veryHigh ?? '', count: 2 },
    { id: medium ?? '', count: 1 },
  ],
  unscored: 2,
  atRisk: 1,
  realised: 3_825_600_000,
  absorption: (3_825_600_000 / 15_959_915_800) * 100,
});
const renamed = bands.map((band) => (band.id === high ? { ...band, label: 'Baik' } : band));
const summaries = [
  agency('dinsos', [signedOff, quarter(2)]),
  agency('dinkes', [
    quarter(1, { state: 'accepted', submitted: 4, ikuBands: [{ id: high ?? '', count: 3 }] }),
  ]),
  // Its own name for one band: named apart from the region's others.
  agency('disdik', [quarter(1, { ikuBands: [{ id: high ?? '', count: 1 }] })], renamed),
];

describe("the region's dashboard packed for the API", () => {
  const rows = regionBoard(summaries, '2026-05-01T00:00:00Z');
  const packed = packBoard('kab-hss', 2026, rows);

  it('reads back as the rows it was made from, in their order, overdue and absorption included', () => {
    const unpacked = unpackBoard(ZPackedBoardSchema.parse(JSON.parse(JSON.stringify(packed))));
    expect(unpacked).toEqual(rows);
    expect(unpacked.map((row) => row.agencyId)).toEqual(['dinsos', 'disdik', 'dinkes']);
    expect(unpacked[1]?.quarters[0]?.overdue).toBe(true);
  });

  it('names each band once for the region, and an agency’s own band apart', () => {
    expect(packed.bands.map((band) => band.label)).toEqual(['Sangat tinggi', 'Tinggi', 'Sedang', 'Baik']);
    expect(packed.agencies.map((row) => row.bands)).toEqual([
      [0, 1, 2],
      [0, 3, 2],
      [0, 1, 2],
    ]);
  });

  it('sends each quarter as its figures without their names, instants in seconds', () => {
    expect(packed.agencies[0]?.quarters[0]).toEqual([
      [1, 'signed_off', 3, 1768060740, 4, 4, 1, 1775959200, [2, 0, 1], 2, 1, 15_959_915_800, 3_825_600_000],
      false,
    ]);
    expect(JSON.stringify(packed)).not.toContain('submitted');
  });

  it('refuses a quarter counting IKU in a band its agency does not name', () => {
    expect(() => packQuarter(quarter(1, { ikuBands: [{ id: 'unknown', count: 1 }] }), bands)).toThrow(
      'unknown',
    );
  });
});
