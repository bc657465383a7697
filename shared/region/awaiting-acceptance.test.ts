import { describe, expect, it } from 'vitest';
import type { TBoardQuarter, TBoardRow } from '../model/agency-summary.js';
import type { TQuarterState } from '../workflow/quarter-workflow.js';
import { awaitingAcceptance } from './awaiting-acceptance.js';

const quarter = (
  q: 1 | 2 | 3 | 4,
  state: TQuarterState,
  signedOffAt: string | null = null,
): TBoardQuarter => ({
  quarter: q,
  state,
  revision: 2,
  dueAt: `2026-0${q * 3}-10T23:59:00+08:00`,
  parts: 3,
  submitted: 3,
  late: 0,
  signedOffAt,
  ikuBands: [],
  unscored: 0,
  atRisk: 0,
  allocation: 0,
  realised: 0,
  absorption: null,
  overdue: false,
});

const row = (agencyId: string, year: number, quarters: TBoardQuarter[]): TBoardRow => ({
  regionId: 'kab-hss',
  agencyId,
  year,
  name: `Dinas ${agencyId}`,
  shortName: agencyId,
  timeZone: 'Asia/Makassar',
  bands: [],
  quarters,
  late: false,
  atRisk: false,
});

describe('what waits on the Bappeda', () => {
  const now = '2026-12-02T09:00:00+08:00';
  const waiting = awaitingAcceptance(
    [
      row('dinkes', 2026, [
        quarter(1, 'accepted', '2026-04-12T10:00:00+08:00'),
        quarter(2, 'signed_off', '2026-07-14T10:00:00+08:00'),
        quarter(3, 'open'),
      ]),
      row('disdik', 2026, [quarter(1, 'signed_off', '2026-04-20T10:00:00+08:00')]),
      row('dinsos', 2025, [quarter(4, 'signed_off', '2026-01-13T10:00:00+08:00')]),
      // Signed off late in the evening WITA: it is already the next day there.
      row('distan', 2026, [quarter(3, 'signed_off', '2026-12-01T16:30:00Z')]),
    ],
    now,
  );

  it('is every signed-off quarter, neither accepted nor sent back, the oldest sign-off first, across years', () => {
    expect(waiting.map(({ row: r, quarter: q }) => `${r.agencyId} ${r.year} TW${q.quarter}`)).toEqual([
      'dinsos 2025 TW4',
      'disdik 2026 TW1',
      'dinkes 2026 TW2',
      'distan 2026 TW3',
    ]);
  });

  it("counts each wait in the agency's calendar days", () => {
    expect(waiting.map((item) => item.daysWaiting)).toEqual([323, 226, 141, 0]);
  });
});
