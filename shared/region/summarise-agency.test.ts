import { describe, expect, it } from 'vitest';
import { nationalCalendar, quarterDueAt } from '../calendar/quarter-deadline.js';
import { quarters } from '../model/quarter.js';
import type { TPartRecord, TQuarterRecord } from '../model/records.js';
import { defaultStatusBands } from '../model/status-band.js';
import { agreement2019Murni, agreement2019Perubahan, parts2019 } from '../seed/hss-2019.js';
import { seedAgency } from '../seed/organisation.js';
import { regionBoard } from './region-board.js';
import { type SummariseAgencyOptions, summariseAgency } from './summarise-agency.js';

const tracked = { revision: 1, updatedAt: '2020-01-15T09:00:00+08:00', updatedBy: 'system' };
const quarter = (q: 1 | 2 | 3 | 4, state: TQuarterRecord['state']): TQuarterRecord => ({
  ...tracked,
  agencyId: seedAgency.id,
  year: 2019,
  quarter: q,
  state,
  dueAt: quarterDueAt(2019, q, seedAgency.timeZone, nationalCalendar(2019)),
  signOffCount: state === 'open' ? 0 : 1,
});
const parts: TPartRecord[] = parts2019.map((content) => ({
  ...tracked,
  state: 'verified',
  content,
  late: false,
}));

/** 2019 as the LKj reports it: the Murni agreement for TW1, the Perubahan from TW2. */
const options = (overrides: Partial<SummariseAgencyOptions> = {}): SummariseAgencyOptions => ({
  agency: seedAgency,
  year: 2019,
  bands: defaultStatusBands,
  settingsRevision: 0,
  agreements: [],
  quarters: quarters.map((q) => ({
    record: quarter(q, 'signed_off'),
    agreement: q === 1 ? agreement2019Murni : agreement2019Perubahan,
  })),
  parts,
  now: '2020-01-20T00:00:00.000Z',
  ...overrides,
});

describe("an agency's summary for the region", () => {
  it("has the seed year's budget to date: Rp 15.959.915.800 allocated, Rp 15.184.698.608 realised, 95,14 %", () => {
    const summary = summariseAgency(options());
    const tw4 = summary.quarters[3];
    expect(tw4).toMatchObject({ allocation: 15_959_915_800, realised: 15_184_698_608, state: 'signed_off' });
    expect(tw4?.absorption).toBeCloseTo(95.14, 2);
    expect(summary.quarters.map((q) => q.quarter)).toEqual([1, 2, 3, 4]);
  });

  it('counts every IKU once per quarter, in a band or unscored, and the indicators at risk', () => {
    const summary = summariseAgency(options());
    for (const q of summary.quarters) {
      const inBands = q.ikuBands.reduce((sum, band) => sum + band.count, 0);
      expect(inBands + q.unscored).toBe(
        agreement2019Perubahan.objectives.flatMap((o) => o.indicators).length,
      );
    }
    // After TW2 the seed has sum-kind indicators whose missed amounts cannot be made up (at-risk.test.ts).
    expect(summary.quarters[1]?.atRisk).toBeGreaterThan(0);
  });

  it("names and colours each band it counts once, from the agency's own bands, and counts quarters by band id", () => {
    const summary = summariseAgency(options());
    const counted = new Set(summary.quarters.flatMap((q) => q.ikuBands.map((band) => band.id)));
    expect(summary.bands.map((band) => band.id).sort()).toEqual([...counted].sort());
    expect(counted.size).toBeGreaterThan(0);
    for (const band of summary.bands) {
      const own = defaultStatusBands.find((candidate) => candidate.id === band.id);
      expect(band).toEqual({ id: own?.id, label: own?.label, labelEn: own?.labelEn, color: own?.color });
    }
    expect(summary.quarters.flatMap((q) => q.ikuBands).every((band) => Object.keys(band).length === 2)).toBe(
      true,
    );
  });

  it('counts the parts submitted and those in late; its state version grows with every revision', () => {
    const late = parts.map((part, i) => (i === 0 ? { ...part, late: true, revision: 3 } : part));
    const summary = summariseAgency(options({ parts: late }));
    const q1 = summary.quarters[0];
    expect(q1).toMatchObject({ parts: 4, submitted: 4, late: parts[0]?.content.quarter === 1 ? 1 : 0 });
    expect(summary.stateVersion).toBe(summariseAgency(options()).stateVersion + 2);
  });

  it("leaves the units' drafts out of its figures: the region sees what was handed in", () => {
    const drafts = parts.map((part) => ({ ...part, state: 'draft' as const }));
    const tw4 = summariseAgency(options({ parts: drafts })).quarters[3];
    expect(tw4).toMatchObject({ submitted: 0, realised: 0, ikuBands: [] });
    expect(tw4?.unscored).toBeGreaterThan(0);
  });

  it('has no figures for a quarter before an agreement is in force', () => {
    const summary = summariseAgency(
      options({ quarters: [{ record: quarter(1, 'open'), agreement: undefined }] }),
    );
    expect(summary.quarters[0]).toMatchObject({ ikuBands: [], atRisk: 0, allocation: 0, absorption: null });
  });
});

describe("the region's dashboard", () => {
  const onTime = summariseAgency(options());
  const open = summariseAgency(
    options({
      agency: { ...seedAgency, id: 'dinas-b', name: 'A Dinas' },
      quarters: [{ record: quarter(1, 'open'), agreement: agreement2019Murni }],
      parts: parts.filter((part) => part.content.quarter === 1).map((part) => ({ ...part, state: 'draft' })),
    }),
  );

  it('puts an agency overdue now first; before its due date it is not late', () => {
    const afterDue = regionBoard([onTime, open], '2019-05-01T00:00:00.000Z');
    expect(afterDue.map((row) => [row.agencyId, row.late])).toEqual([
      ['dinas-b', true],
      [seedAgency.id, false],
    ]);
    expect(afterDue[0]?.quarters[0]?.overdue).toBe(true);
    const beforeDue = regionBoard([onTime, open], '2019-03-01T00:00:00.000Z');
    expect(beforeDue.find((row) => row.agencyId === 'dinas-b')?.late).toBe(false);
  });

  it('puts agencies at risk before the others, by name within each group', () => {
    const board = regionBoard([onTime, open], '2019-03-01T00:00:00.000Z');
    // The seed's 2019 ends with indicators short of their annual targets.
    expect(board[0]).toMatchObject({ agencyId: seedAgency.id, atRisk: true, late: false });
    expect(board[1]).toMatchObject({ agencyId: 'dinas-b', atRisk: false });
  });
});
