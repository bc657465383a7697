import { localYear } from '../../shared/calendar/due-date.js';
import { nationalCalendar, quarterDueAt } from '../../shared/calendar/quarter-deadline.js';
import type { TAgreementVersion } from '../../shared/model/agreement.js';
import type { TOutboxEvent } from '../../shared/model/outbox.js';
import { quarters } from '../../shared/model/quarter.js';
import {
  emptyPart,
  type TAgreementRecord,
  type TPartRecord,
  type TQuarterRecord,
} from '../../shared/model/records.js';
import { exampleAgencies } from '../../shared/seed/example-agencies.js';
import {
  agreement2019Murni,
  agreement2019Perubahan,
  deriveAgreementForYear,
  parts2019,
} from '../../shared/seed/hss-2019.js';
import { seedAgency, seedRegion, seedUnits, seedUsers } from '../../shared/seed/organisation.js';
import { systemClock } from '../clock.js';
import { putItems } from '../db/batch.js';
import {
  agencyEntity,
  agreementEntity,
  auditEntity,
  outboxEntity,
  partEntity,
  quarterEntity,
  regionEntity,
  reportVersionEntity,
  unitEntity,
  userEntity,
} from '../db/entities.js';
import { hasAnyRegion } from '../db/organisation.js';
import { refreshAgencySummary } from '../region/agency-summaries.js';
import { exampleItems } from './seed-examples.js';
import { seedRecord } from './seed-record.js';

const importer = 'system';
const head = seedAgency.head;

/** A signed agreement version as the demo has it: signed by the head on `signedAt`. */
const signed = (
  agreement: TAgreementVersion,
  signedAt: string,
  effectiveFromQuarter: 1 | 2,
): TAgreementRecord => ({
  agencyId: agreement.agencyId,
  year: agreement.year,
  version: agreement.version,
  state: 'signed',
  agreement,
  signedBy: head,
  secondPartyName: seedRegion.regentName,
  signedAt,
  effectiveFromQuarter,
  revision: 1,
  updatedAt: signedAt,
  updatedBy: importer,
});

/** 2019 as the LKj reports it: both agreement versions signed, every quarter verified and signed off. */
function demoYear2019() {
  const agreements = [
    signed(agreement2019Murni, '2019-01-31T10:00:00+08:00', 1),
    signed(agreement2019Perubahan, '2019-06-28T10:00:00+08:00', 2),
  ];
  const quarterRecords: TQuarterRecord[] = quarters.map((quarter) => {
    const dueAt = quarterDueAt(2019, quarter, seedAgency.timeZone, nationalCalendar(2019));
    return {
      agencyId: seedAgency.id,
      year: 2019,
      quarter,
      state: 'signed_off',
      dueAt,
      signedOffAt: dueAt,
      signedOffBy: 'kepala-dinas',
      signOffCount: 1,
      revision: 1,
      updatedAt: dueAt,
      updatedBy: importer,
    };
  });
  const parts: TPartRecord[] = parts2019.map((content) => {
    const dueAt = quarterDueAt(2019, content.quarter, seedAgency.timeZone, nationalCalendar(2019));
    return {
      state: 'verified',
      content,
      submittedAt: dueAt,
      late: false,
      revision: 1,
      updatedAt: dueAt,
      updatedBy: importer,
    };
  });
  return { agreements, quarterRecords, parts };
}

/** The open year: an agreement derived from 2019's, signed on 2 January, every quarter open for entry. */
function demoOpenYear(year: number) {
  const agreements = [signed(deriveAgreementForYear(year), `${year}-01-02T09:00:00+08:00`, 1)];
  const at = `${year}-01-02T09:00:00+08:00`;
  const quarterRecords: TQuarterRecord[] = quarters.map((quarter) => ({
    agencyId: seedAgency.id,
    year,
    quarter,
    state: 'open',
    dueAt: quarterDueAt(year, quarter, seedAgency.timeZone, nationalCalendar(year)),
    signOffCount: 0,
    revision: 1,
    updatedAt: at,
    updatedBy: importer,
  }));
  const tracked = { revision: 1, updatedAt: at, updatedBy: importer };
  const parts: TPartRecord[] = quarters.flatMap((quarter) =>
    Object.values(seedUnits).map((unit) =>
      emptyPart({ agencyId: seedAgency.id, year, quarter, unitId: unit.id, agreementVersion: 1 }, tracked),
    ),
  );
  return { agreements, quarterRecords, parts };
}

export type SeedOptions = {
  now?: Date;
  /** Queue the 2019 report files for the outbox processor (npm start does; tests need not). */
  withReportFiles?: boolean;
  /** Load the example agencies beside the seed's (npm start does; tests keep to the seed). */
  withExamples?: boolean;
};

/** Version 1 of each of 2019's periods is the seed's: a regeneration takes 2 even before it is made. */
const reportVersions2019 = () =>
  [0, 1, 2, 3, 4].map((period) =>
    reportVersionEntity.item({ agencyId: seedAgency.id, year: 2019, period, lastVersion: 1, revision: 1 }),
  );

/** The events that make 2019's report files: each quarter and the agreement in force, version 1. */
function reportEvents2019(): TOutboxEvent[] {
  const createdAt = '2020-01-15T09:00:00+08:00';
  return ([0, 1, 2, 3, 4] as const).map((quarter) => ({
    id: systemClock.newId(),
    kind: 'reports.regenerate',
    agencyId: seedAgency.id,
    year: 2019,
    createdAt,
    payload: { quarter, version: 1, locale: 'id' },
  }));
}

/** The demo agency's current year: the open year of the demo. */
export const openYear = (now = new Date(systemClock.now())): number => localYear(now, seedAgency.timeZone);

/**
 * Loads the demo region when the store holds no region yet: Dinas Sosial HSS (its people, 2019
 * from the LKj, the open year ready for the cycle), the region's own people (Bappeda, the
 * Inspektorat), and the example agencies, marked as such, in varied states of the open year.
 */
export async function seedDemoDataIfEmpty(options: SeedOptions = {}): Promise<'seeded' | 'kept'> {
  const { now = new Date(systemClock.now()), withReportFiles = false, withExamples = false } = options;
  if (await hasAnyRegion()) return 'kept';
  const years = [demoYear2019(), demoOpenYear(openYear(now))];
  await putItems([
    ...(withExamples ? exampleItems(openYear(now), now) : []),
    ...Object.values(seedUnits).map(unitEntity.item),
    ...seedUsers.map(userEntity.item),
    agencyEntity.item(seedAgency),
    ...years.flatMap((year) => [
      ...year.agreements.map(agreementEntity.item),
      ...year.quarterRecords.map(quarterEntity.item),
      ...year.parts.map(partEntity.item),
      ...seedRecord(year).map(auditEntity.item),
    ]),
    ...reportVersions2019(),
    ...(withReportFiles ? reportEvents2019().map(outboxEntity.item) : []),
  ]);
  // The region's dashboard reads summaries, which the outbox keeps from now on.
  const summarised = [
    ...[2019, openYear(now)].map((year) => ({ agencyId: seedAgency.id, year })),
    ...(withExamples ? exampleAgencies : []).map(({ agency }) => ({
      agencyId: agency.id,
      year: openYear(now),
    })),
  ];
  for (const { agencyId, year } of summarised) await refreshAgencySummary(agencyId, year, now.toISOString());
  // Written last: its presence is what marks the store as seeded.
  await putItems([regionEntity.item(seedRegion)]);
  return 'seeded';
}
