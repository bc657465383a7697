import type * as z from 'zod';
import type { TQuarter } from '../../shared/model/quarter.js';
import {
  type TAgreementRecord,
  type TAgreementStanding,
  type TPartRecord,
  type TQuarterRecord,
  ZAgreementRecordSchema,
  ZAgreementStandingSchema,
  ZPartRecordSchema,
  ZQuarterRecordSchema,
} from '../../shared/model/records.js';
import { checkedAgreement } from './agreements.js';
import { checkedOnce, versionOf } from './checked-once.js';
import { agreementEntity, partEntity, quarterEntity } from './entities.js';
import { keys } from './keys.js';
import { getItem, queryItems } from './query.js';

export type TYear = { agreements: TAgreementRecord[]; quarters: TQuarterRecord[]; parts: TPartRecord[] };

const parsed = { agreement: agreementEntity.parse, quarter: quarterEntity.parse, part: partEntity.parse };

/**
 * Everything of an agency's year — agreement versions, quarters, parts — in one paginated query;
 * `consistent` reads every write made so far. `shared`: each item checked once per version, its
 * record frozen and shared between requests, as the pages' (the workflow's steps read the whole
 * year at every save, and checking it again was a tenth of a save's CPU in the server).
 */
export async function readYear(
  agencyId: string,
  year: number,
  options: { consistent?: boolean; shared?: boolean } = {},
): Promise<TYear> {
  const found: TYear = { agreements: [], quarters: [], parts: [] };
  const partition = keys.yearPartition(agencyId, year);
  const check = options.shared ? checkedYear : parsed;
  for (const item of await queryItems({ partition, consistent: options.consistent })) {
    if (agreementEntity.is(item)) found.agreements.push(check.agreement(item));
    else if (quarterEntity.is(item)) found.quarters.push(check.quarter(item));
    else if (partEntity.is(item)) found.parts.push(check.part(item));
  }
  return found;
}

export type TQuarterRead = {
  quarter: TQuarterRecord | undefined;
  parts: TPartRecord[];
  agreements: TAgreementStanding[];
};

// A quarter's and a part's attributes, and an agreement's standing: never an agreement's content,
// most of a year's bytes (two versions of 17 KB each in the seed year against 1 KB a part). With
// the key, by which (and the revision) each item is checked once (checked-once.ts).
const standingAttributes = [
  ...new Set([
    'type',
    'pk',
    'sk',
    ...Object.keys(ZQuarterRecordSchema.shape),
    ...Object.keys(ZPartRecordSchema.shape),
    ...Object.keys(ZAgreementStandingSchema.shape),
  ]),
];

/** A year's items without the agreements' contents (their standing only): one query. */
const standingItems = (agencyId: string, year: number) =>
  queryItems({ partition: keys.yearPartition(agencyId, year), attributes: standingAttributes });

export type TYearStanding = {
  quarters: TQuarterRecord[];
  parts: TPartRecord[];
  agreements: TAgreementStanding[];
};

// The pages' items, checked once per version each (checked-once.ts): frozen, shared by the requests.
const pageQuarter = checkedOnce(quarterEntity.parse, { keyOf: versionOf });
const pagePart = checkedOnce(partEntity.parse, { keyOf: versionOf });
const pageStanding = checkedOnce(ZAgreementStandingSchema.parse, { keyOf: versionOf });

const ZSignedStandingSchema = ZAgreementStandingSchema.extend(
  ZAgreementRecordSchema.pick({ revision: true, updatedAt: true }).shape,
);
type TSignedStanding = z.infer<typeof ZSignedStandingSchema>;
const pageSignedStanding = checkedOnce(ZSignedStandingSchema.parse, { keyOf: versionOf });
// A quarter's and a part's record are the same whether read whole or as the pages read them.
const checkedYear = {
  agreement: checkedAgreement,
  quarter: pageQuarter,
  part: pagePart,
};
/** A year's standing with each agreement version's revision, by which its content is kept. */
type TStandingRead = Omit<TYearStanding, 'agreements'> & { agreements: TSignedStanding[] };

function standingOf(items: readonly Record<string, unknown>[]): TStandingRead {
  const found: TStandingRead = { quarters: [], parts: [], agreements: [] };
  for (const item of items) {
    if (agreementEntity.is(item)) found.agreements.push(pageSignedStanding(item));
    else if (quarterEntity.is(item)) found.quarters.push(pageQuarter(item));
    else if (partEntity.is(item)) found.parts.push(pagePart(item));
  }
  return found;
}

const withoutRevisions = ({ agreements, ...found }: TStandingRead): TYearStanding => ({
  ...found,
  agreements: agreements.map(pageStanding),
});

/**
 * Years `from` to `to` of an agency as the workflow's pages show each (its quarters, parts and
 * agreement versions' standing), each year there (empty where nothing is stored): one query of the
 * agency's years (gsi1), however many.
 */
async function readYearsStandingRead(agencyId: string, from: number, to: number) {
  const items = await queryItems({
    index: 'gsi1',
    partition: keys.agencyYears(agencyId),
    between: keys.agencyYearsRange(from, to),
    attributes: [...standingAttributes, 'gsi1sk'],
  });
  const byYear = new Map<number, Record<string, unknown>[]>();
  for (let year = from; year <= to; year++) byYear.set(year, []);
  for (const item of items) byYear.get(Number(String(item.gsi1sk).split('#')[0]))?.push(item);
  return new Map([...byYear].map(([year, yearItems]) => [year, standingOf(yearItems)]));
}

/** Years `from` to `to` of an agency without the agreements' contents, by year: one query. */
export async function readYearsStanding(
  agencyId: string,
  from: number,
  to: number,
): Promise<Map<number, TYearStanding>> {
  const found = await readYearsStandingRead(agencyId, from, to);
  return new Map([...found].map(([year, standing]) => [year, withoutRevisions(standing)]));
}

/**
 * Signed agreement versions' contents, kept per process: no step leads out of 'signed' and only
 * drafts are edited, so a signed version read once is read for good (keyed by its revision and
 * write, should it ever be written again). Bounded: a process keeps the most recently read.
 */
const signedVersions = new Map<string, Promise<TAgreementRecord | undefined>>();
const signedVersionsKept = 200;

function signedVersion(agencyId: string, year: number, standing: TSignedStanding) {
  const key = [agencyId, year, standing.version, standing.revision, standing.updatedAt].join('#');
  const kept = signedVersions.get(key);
  signedVersions.delete(key);
  const read = kept ?? getItem(agreementEntity, keys.agreement(agencyId, year, standing.version));
  signedVersions.set(key, read);
  // Forgotten when the read fails, comes back otherwise than kept, or is the oldest of too many.
  read.then(
    (record) =>
      (record?.revision !== standing.revision || record.state !== 'signed') && signedVersions.delete(key),
    () => signedVersions.delete(key),
  );
  if (signedVersions.size > signedVersionsKept)
    signedVersions.delete(signedVersions.keys().next().value ?? '');
  return read;
}

export type TYearInForce = TYearStanding & { inForce: TAgreementRecord | undefined };
type TPick = (year: TYearStanding) => TAgreementStanding | undefined;

async function withInForce(agencyId: string, year: number, found: TStandingRead, pick: TPick) {
  const picked = pick(found);
  const standing = found.agreements.find(
    (agreement) => agreement.version === picked?.version && agreement.state === 'signed',
  );
  return { ...found, inForce: standing && (await signedVersion(agencyId, year, standing)) };
}

/**
 * An agency's year as its figures are computed: its quarters, parts and agreement versions'
 * standing in one query, and the content of the one signed version `pick` chooses from them alone
 * (none of the others', a year's most bytes), kept per process once read.
 */
export async function readYearInForce(agencyId: string, year: number, pick: TPick): Promise<TYearInForce> {
  return withInForce(agencyId, year, standingOf(await standingItems(agencyId, year)), pick);
}

/** Years `from` to `to` of an agency as readYearInForce reads one, by year: one query. */
export async function readYearsInForce(
  agencyId: string,
  from: number,
  to: number,
  pick: TPick,
): Promise<Map<number, TYearInForce>> {
  const found = await readYearsStandingRead(agencyId, from, to);
  const years = [...found].map(
    async ([year, standing]) => [year, await withInForce(agencyId, year, standing, pick)] as const,
  );
  return new Map(await Promise.all(years));
}

/**
 * One quarter of an agency's year as its pages show it — its record, its parts and the standing of
 * the year's agreement versions — parsing only that quarter's items.
 */
export async function readQuarter(agencyId: string, year: number, quarter: TQuarter): Promise<TQuarterRead> {
  const found: TQuarterRead = { quarter: undefined, parts: [], agreements: [] };
  const own = keys.quarter(agencyId, year, quarter).sk;
  for (const item of await standingItems(agencyId, year)) {
    if (agreementEntity.is(item)) found.agreements.push(pageStanding(item));
    else if (item.sk === own && quarterEntity.is(item)) found.quarter = pageQuarter(item);
    else if (String(item.sk).startsWith(`${own}#`) && partEntity.is(item)) found.parts.push(pagePart(item));
  }
  return found;
}

/** An agency's quarters of a year, each with its parts, without the agreements or evidence files. */
export async function readQuarters(
  agencyId: string,
  year: number,
): Promise<Pick<TYear, 'quarters' | 'parts'>> {
  const found: Pick<TYear, 'quarters' | 'parts'> = { quarters: [], parts: [] };
  const items = await queryItems({
    partition: keys.yearPartition(agencyId, year),
    beginsWith: keys.quartersPrefix,
  });
  for (const item of items) {
    if (quarterEntity.is(item)) found.quarters.push(pageQuarter(item));
    else if (partEntity.is(item)) found.parts.push(pagePart(item));
  }
  return found;
}
