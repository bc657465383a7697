import { absorption } from '../calc/budget.js';
import type { TBoardRow, TQuarterSummary, TSummaryBand } from '../model/agency-summary.js';
import type { TPackedBoard, TPackedQuarter } from '../model/packed-board.js';

const toSeconds = (instant: string) => Math.floor(Date.parse(instant) / 1000);
const toInstant = (seconds: number) => new Date(seconds * 1000).toISOString();

/** A quarter's summary packed (shared/model/packed-board.ts): its IKU counted by `bands`, in their order. */
export function packQuarter(quarter: TQuarterSummary, bands: readonly TSummaryBand[]): TPackedQuarter {
  for (const { id } of quarter.ikuBands)
    if (!bands.some((band) => band.id === id))
      throw new Error(`IKU counted in band ${id}, not one of the agency's`);
  const counts = bands.map((band) => quarter.ikuBands.find(({ id }) => id === band.id)?.count ?? 0);
  const signedOffAt = quarter.signedOffAt === null ? null : toSeconds(quarter.signedOffAt);
  return [
    quarter.quarter,
    quarter.state,
    quarter.revision,
    toSeconds(quarter.dueAt),
    quarter.parts,
    quarter.submitted,
    quarter.late,
    signedOffAt,
    counts,
    quarter.unscored,
    quarter.atRisk,
    quarter.allocation,
    quarter.realised,
  ];
}

/** A packed quarter read back, its IKU counts named by the agency's `bands` and its absorption computed. */
export function unpackQuarter(packed: TPackedQuarter, bands: readonly TSummaryBand[]): TQuarterSummary {
  const [quarter, state, revision, dueAt, parts, submitted, late, signedOffAt, counts, ...rest] = packed;
  const [unscored, atRisk, allocation, realised] = rest;
  return {
    quarter,
    state,
    revision,
    dueAt: toInstant(dueAt),
    parts,
    submitted,
    late,
    signedOffAt: signedOffAt === null ? null : toInstant(signedOffAt),
    ikuBands: bands.flatMap(({ id }, i) => (counts[i] ? [{ id, count: counts[i] }] : [])),
    unscored,
    atRisk,
    allocation,
    realised,
    absorption: absorption(allocation, realised),
  };
}

/** The dashboard's rows of one region and year as the API sends them: each band named once. */
export function packBoard(regionId: string, year: number, rows: readonly TBoardRow[]): TPackedBoard {
  const bands: TSummaryBand[] = [];
  const places = new Map<string, number>();
  const placeOf = (band: TSummaryBand) => {
    const key = JSON.stringify([band.id, band.label, band.labelEn, band.color]);
    const place = places.get(key) ?? bands.push(band) - 1;
    places.set(key, place);
    return place;
  };
  const agencies = rows.map(({ regionId: _, year: __, bands: own, quarters, ...row }) => ({
    ...row,
    bands: own.map(placeOf),
    quarters: quarters.map((quarter): [TPackedQuarter, boolean] => [
      packQuarter(quarter, own),
      quarter.overdue,
    ]),
  }));
  return { regionId, year, bands, agencies };
}

/** The dashboard's rows from what the API sent (packBoard), in its order. */
export function unpackBoard(board: TPackedBoard): TBoardRow[] {
  return board.agencies.map(({ bands: places, quarters, ...row }) => {
    const bands = places.flatMap((place) => board.bands[place] ?? []);
    return {
      ...row,
      regionId: board.regionId,
      year: board.year,
      bands,
      quarters: quarters.map(([packed, overdue]) => ({ ...unpackQuarter(packed, bands), overdue })),
    };
  });
}
