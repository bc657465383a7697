import { describe, expect, it } from 'vitest';
import { maxBodyBytes } from '../../functions/api/app.js';
import { openYear } from '../../functions/local/seed-demo.js';
import { agreementLimits, type TAgreementVersion } from '../../shared/model/agreement.js';
import { agreementValueChanges } from '../../shared/model/agreement-changes.js';
import type { TAgreementContent } from '../../shared/model/agreement-content.js';
import { maxResponsibleUnits } from '../../shared/model/indicator.js';
import type { TQuarter } from '../../shared/model/quarter.js';
import { maxStatusBands } from '../../shared/model/status-band.js';
import { maxStoredBytes, storedBytes } from '../../shared/model/stored-size.js';
import { seedUnits } from '../../shared/seed/organisation.js';
import { authorizationOf, clientAs, expectError, expectStatus } from '../support/api-client.js';
import { completeEntry } from '../support/fill-part.js';
import { largeAgreement, regionLargestShape, type TAgreementShape } from '../support/large-agreement.js';
import { withSeededStore } from '../support/seeded-store.js';
import { submitCompleteEntry } from '../support/submit-part.js';

withSeededStore();

const param = { agencyId: 'dinsos-hss', year: String(openYear()) };
const versions = (lang?: 'en') =>
  clientAs('perencana', { lang }).agencies[':agencyId'].years[':year'].agreement.versions;
const unitIds = Object.values(seedUnits).map((unit) => unit.id);

/** The open year's Perubahan draft (created by the first test that asks), at its current revision. */
async function draft(): Promise<{ version: number; revision: number }> {
  const { versions: all } = await expectStatus(
    clientAs('perencana').agencies[':agencyId'].years[':year'].agreement.$get({ param }),
    200,
  );
  const current = all.find((v) => v.state === 'draft');
  if (current) return current;
  return expectStatus(versions().$post({ param, json: {} }), 201);
}

async function save(content: TAgreementContent, lang?: 'en') {
  const { version, revision } = await draft();
  return versions(lang)[':version'].$put({
    param: { ...param, version: String(version) },
    json: { revision, content },
  });
}

/** What is stored of the draft, as the API reads it back. */
async function stored(): Promise<TAgreementContent> {
  const { version } = await draft();
  const { version: read } = await expectStatus(
    versions()[':version'].$get({ param: { ...param, version: String(version) } }),
    200,
  );
  const { objectives, programs, activities } = read?.agreement ?? expect.fail('no draft');
  return { objectives, programs, activities };
}

/** The largest agreement of the shape (its names as long as they may be) that is at most `bytes`. */
function largestUpTo(shape: Omit<TAgreementShape, 'nameLength'>, bytes: number): TAgreementContent {
  for (let nameLength = 500; nameLength > 20; nameLength -= 1) {
    const content = largeAgreement({ ...shape, nameLength }, unitIds);
    if (storedBytes(content) <= bytes) return content;
  }
  throw new Error('no agreement of the shape is that small');
}

/** Every activity and IKU at the limits, their names in three-byte letters: the most bytes a version may hold. */
const heavyShape = {
  ...regionLargestShape,
  indicatorsPerActivity: 1,
  letter: '€',
};

describe('the largest agreement the API takes is stored whole', () => {
  it("stores a region's largest agreement of today, well inside the limit", async () => {
    const content = largeAgreement(regionLargestShape, unitIds);
    expect(storedBytes(content)).toBeLessThan((maxStoredBytes * 2) / 3);
    await expectStatus(save(content), 200);
    expect(await stored()).toEqual(content);
  });

  it('stores the largest version it accepts, and one replacing every value of it (the largest audit event)', async () => {
    const first = largestUpTo({ ...heavyShape, tag: 'a' }, maxStoredBytes);
    expect(storedBytes(first)).toBeGreaterThan(maxStoredBytes * 0.98);
    await expectStatus(save(first), 200);
    expect(await stored()).toEqual(first);

    const replacing = largestUpTo({ ...heavyShape, tag: 'b' }, maxStoredBytes);
    await expectStatus(save(replacing), 200);
    expect(await stored()).toEqual(replacing);

    const { version } = await draft();
    const { events } = await expectStatus(
      clientAs('inspektorat').agencies[':agencyId'].years[':year'].agreement.versions[':version'].audit.$get({
        query: {},
        param: { ...param, version: String(version) },
      }),
      200,
    );
    // Every value changed, twice over: the event keeps what fits and counts the rest.
    const all = agreementValueChanges(first, replacing);
    const replaced = events.find((event) => event.changesOmitted && event.changes[0]?.path === all[0]?.path);
    expect(replaced?.action).toBe('saveDraft');
    expect(replaced?.changes).toEqual(all.slice(0, replaced?.changes.length));
    expect((replaced?.changes.length ?? 0) + (replaced?.changesOmitted ?? 0)).toBe(all.length);
  });
});

describe('an agreement over a limit is refused, naming what, in the reader’s language', () => {
  it('refuses one too large to store as a whole, nothing of it stored', async () => {
    const before = await stored().catch(() => undefined);
    const content = largeAgreement({ ...heavyShape, nameLength: 200, tag: 'c' }, unitIds);
    expect(storedBytes(content)).toBeGreaterThan(maxStoredBytes);
    expect(storedBytes(content)).toBeLessThan(maxBodyBytes / 2);
    const inIndonesian = await expectError(save(content), 400);
    expect(inIndonesian.error.issues).toEqual([
      {
        path: 'content',
        message: expect.stringMatching(
          /^perjanjian kinerja terlalu besar untuk disimpan \(.* KB dari paling banyak 300 KB\)/,
        ),
      },
    ]);
    const inEnglish = await expectError(save(content, 'en'), 400);
    expect(inEnglish.error.issues[0]?.message).toMatch(
      /^the performance agreement is too large to store \(.* KB of at most 300 KB\)/,
    );
    if (before) expect(await stored()).toEqual(before);
  });

  it('refuses too many objectives, programs, indicators or responsible units at their field', async () => {
    const content = largeAgreement(
      {
        ...regionLargestShape,
        programs: agreementLimits.programs + 1,
        activities: agreementLimits.programs + 1,
        nameLength: 30,
        tag: 'd',
      },
      unitIds,
    );
    const activity = content.activities[0] ?? expect.fail('no activity');
    activity.indicators =
      largeAgreement(
        {
          ...regionLargestShape,
          activities: 1,
          programs: 1,
          indicatorsPerActivity: agreementLimits.indicators + 1,
          nameLength: 30,
          tag: 'e',
        },
        unitIds,
      ).activities[0]?.indicators ?? [];
    const iku = content.objectives[0]?.indicators[0] ?? expect.fail('no IKU');
    iku.responsibleUnitIds = Array.from({ length: maxResponsibleUnits + 1 }, () => unitIds[0] ?? '');
    const refused = await expectError(save(content, 'en'), 400);
    expect(refused.error.issues).toEqual(
      expect.arrayContaining([
        { path: 'content.programs', message: 'at most 100' },
        { path: 'content.activities.0.indicators', message: 'at most 20' },
        { path: 'content.objectives.0.indicators.0.responsibleUnitIds', message: 'at most 20' },
      ]),
    );
    expect(refused.error.message).toMatch(/Program: at most 100/);
    // A list too long is named alone, before what it holds is checked.
    const objectives = largeAgreement(
      { ...regionLargestShape, objectives: agreementLimits.objectives + 1, nameLength: 30, tag: 'f' },
      unitIds,
    );
    const tooMany = await expectError(save(objectives), 400);
    expect(tooMany.error.issues).toEqual([{ path: 'content.objectives', message: 'paling banyak 50' }]);
    expect(tooMany.error.message).toBe('Masukan tidak valid: Sasaran: paling banyak 50');
  });
});

describe('a request body over 1 MB', () => {
  it('is answered 413 before it is parsed, in Indonesian or English', async () => {
    const { version } = await draft();
    const body = `{"revision":1,"content":{"objectives":[],"programs":[],"activities":[],"x":"${'x'.repeat(maxBodyBytes)}"}}`;
    const send = (lang: string) =>
      import('../../functions/api/app.js').then(async ({ app }) =>
        app.request(
          `/api/agencies/dinsos-hss/years/${param.year}/agreement/versions/${version}?lang=${lang}`,
          {
            method: 'PUT',
            headers: { ...(await authorizationOf('perencana')), 'content-type': 'application/json' },
            body,
          },
        ),
      );
    const inIndonesian = await expectError(send('id'), 413);
    expect(inIndonesian.error).toMatchObject({
      code: 'TOO_LARGE',
      message: 'Isi permintaan terlalu besar: paling banyak 1 MB',
    });
    const inEnglish = await expectError(send('en'), 413);
    expect(inEnglish.error.message).toBe('The request body is too large: at most 1 MB');
  });
});

/** The open year's agreement in force. */
const inForce = async () => {
  const { version } = await expectStatus(
    clientAs('perencana').agencies[':agencyId'].years[':year'].agreement.$get({ param }),
    200,
  );
  return version?.agreement ?? expect.fail('no version in force');
};

/** Every narrative and explanation of the unit's part as long as it may be (or `length`), in `letter`s. */
function entryOf(agreement: TAgreementVersion, letter: string, quarter: TQuarter, length = 20_000) {
  const entry = completeEntry(agreement, 'pemberdayaan-sosial', quarter);
  const long = (n: number) => letter.repeat(Math.min(n, length));
  return {
    ...entry,
    realisations: entry.realisations.map((r) => ({ ...r, explanation: long(4000) })),
    narratives: entry.narratives.map(({ programCode }) => ({
      programCode,
      activitiesCarriedOut: long(20_000),
      supportingFactors: long(20_000),
      obstacles: long(20_000),
      actionsTaken: long(20_000),
    })),
  };
}
const fullEntry = async (letter: string, quarter: TQuarter) => entryOf(await inForce(), letter, quarter);
type TEntry = ReturnType<typeof entryOf>;

describe("a unit's part of a quarter at its largest", () => {
  const partPath = { ...param, quarter: '2', unitId: 'pemberdayaan-sosial' };
  const partApi = (lang?: 'en') =>
    clientAs('kabid-pemberdayaan', { lang }).agencies[':agencyId'].years[':year'].quarters[':quarter'].parts[
      ':unitId'
    ];
  const save = async (entry: TEntry, lang?: 'en') => {
    const { part } = await expectStatus(partApi().$get({ param: partPath }), 200);
    return partApi(lang).$put({ param: partPath, json: { revision: part.revision, entry } });
  };

  it('stores every narrative and explanation at its longest whole', async () => {
    const entry = await fullEntry('a', 2);
    expect(storedBytes(entry)).toBeGreaterThan(maxStoredBytes / 2);
    await expectStatus(save(entry), 200);
    const { part } = await expectStatus(partApi().$get({ param: partPath }), 200);
    expect(part.content.narratives).toEqual(entry.narratives);
    expect(part.content.realisations.map((r) => r.explanation)).toEqual(
      entry.realisations.map((r) => r.explanation),
    );
  });

  it('refuses one too large to store as a whole, naming the entry, nothing of it stored', async () => {
    const { part: before } = await expectStatus(partApi().$get({ param: partPath }), 200);
    const entry = await fullEntry('€', 2);
    expect(storedBytes(entry)).toBeGreaterThan(maxStoredBytes);
    expect(storedBytes(entry)).toBeLessThan(maxBodyBytes);
    const inEnglish = await expectError(save(entry, 'en'), 400);
    expect(inEnglish.error.issues).toEqual([
      {
        path: 'entry',
        message: expect.stringMatching(/^this part is too large to store \(.* KB of at most 300 KB\)/),
      },
    ]);
    const inIndonesian = await expectError(save(entry), 400);
    expect(inIndonesian.error.issues[0]?.message).toMatch(/^isian bagian ini terlalu besar untuk disimpan/);
    const { part: after } = await expectStatus(partApi().$get({ param: partPath }), 200);
    expect(after).toEqual(before);
  });
  it('refuses a review comment for an indicator not of the part, or comments too large to store with it', async () => {
    const transition = (userId: string, name: 'submit' | 'return', review?: unknown, lang?: 'en') =>
      partApi(lang)
        .$get({ param: partPath })
        .then(async (response) => {
          const { part } = (await response.json()) as { part: { revision: number } };
          return clientAs(userId, { lang }).agencies[':agencyId'].years[':year'].quarters[':quarter'].parts[
            ':unitId'
          ][':transition'].$post({
            param: { ...partPath, transition: name },
            json: { revision: part.revision, ...(review ? { review } : {}) } as never,
          });
        });
    const entry = await fullEntry('a', 2);
    await expectStatus(transition('kabid-pemberdayaan', 'submit'), 200);
    const ids = entry.realisations.map((r) => r.indicatorId);

    const foreign = await expectError(
      transition(
        'verifikator',
        'return',
        { comment: 'Periksa', indicatorComments: { 'bukan-indikator': 'x' } },
        'en',
      ),
      400,
    );
    expect(foreign.error.issues).toEqual([
      { path: 'review.indicatorComments.bukan-indikator', message: expect.any(String) },
    ]);

    const long = Object.fromEntries(ids.map((id) => [id, '€'.repeat(4000)]));
    const tooLarge = await expectError(
      transition('verifikator', 'return', { comment: 'Periksa', indicatorComments: long }, 'en'),
      400,
    );
    expect(tooLarge.error.issues).toEqual([
      {
        path: 'review',
        message: expect.stringMatching(
          /^the comments are too large to store with this part \(.* KB of at most 300 KB\)/,
        ),
      },
    ]);
    const { part } = await expectStatus(partApi().$get({ param: partPath }), 200);
    expect(part.state).toBe('submitted');

    const fitting = Object.fromEntries(ids.map((id) => [id, 'Periksa kembali '.repeat(100)]));
    await expectStatus(
      transition('verifikator', 'return', { comment: 'Periksa', indicatorComments: fitting }),
      200,
    );
  });
});

describe('an item over the 400 KB DynamoDB stores', () => {
  const partPath = { ...param, quarter: '3', unitId: 'pemberdayaan-sosial' };
  const partApi = (userId: string, lang?: 'en') =>
    clientAs(userId, { lang }).agencies[':agencyId'].years[':year'].quarters[':quarter'].parts[':unitId'];
  const read = async () =>
    (await expectStatus(partApi('kabid-pemberdayaan').$get({ param: partPath }), 200)).part;

  // The rules keep a part's entry, and its entry with the comments it is returned with, each under
  // 300 KB; an entry grown after the return is checked alone, and stored with the comments it may
  // reach DynamoDB's limit: refused there, the API answers 413 (functions/db/commit.ts), never a 500.
  it("is refused with 413 in the reader's language, nothing of it stored: a returned part's longest comments beside its largest entry", async () => {
    await submitCompleteEntry({ year: openYear(), quarter: 3, unitId: partPath.unitId });
    const submitted = await read();
    const ids = submitted.content.realisations.map((r) => r.indicatorId);
    const review = {
      comment: '€'.repeat(4000),
      indicatorComments: Object.fromEntries(ids.map((id) => [id, '€'.repeat(4000)])),
    };
    const returned = await expectStatus(
      partApi('verifikator')[':transition'].$post({
        param: { ...partPath, transition: 'return' },
        json: { revision: submitted.revision, review },
      }),
      200,
    );
    // The largest entry the rule takes alone: with the comments it is over what DynamoDB stores.
    const agreement = await inForce();
    let length = 20_000;
    while (storedBytes(entryOf(agreement, '€', 3, length)) > maxStoredBytes) length -= 100;
    const entry = entryOf(agreement, '€', 3, length);
    expect(storedBytes(entry) + storedBytes(review)).toBeGreaterThan(400 * 1024);
    const save = (lang?: 'en') =>
      partApi('kabid-pemberdayaan', lang).$put({
        param: partPath,
        json: { revision: returned.revision, entry },
      });
    expect((await expectError(save(), 413)).error).toMatchObject({
      code: 'TOO_LARGE',
      message: 'Isian terlalu besar untuk disimpan; persingkat teksnya',
    });
    expect((await expectError(save('en'), 413)).error).toMatchObject({
      code: 'TOO_LARGE',
      message: 'What was entered is too large to store; shorten its texts',
    });
    expect(await read()).toEqual(returned);
  });
});

describe("an agency's settings at their largest", () => {
  const settingsApi = (lang?: 'en') => clientAs('perencana', { lang }).agencies[':agencyId'].settings;
  const bands = (count: number) =>
    Array.from({ length: count }, (_, i) => ({
      id: `band-${i}`,
      label: '€'.repeat(60),
      labelEn: '€'.repeat(60),
      ...(i < count - 1 ? { min: 1000 - i } : {}),
      color: '#1b5e20',
    }));

  it('stores ten status bands with the longest labels, and refuses an eleventh at its field', async () => {
    const { revision, ...current } = await expectStatus(
      settingsApi().$get({ param: { agencyId: 'dinsos-hss' } }),
      200,
    );
    const save = (count: number, seen: number, lang?: 'en') =>
      settingsApi(lang).$put({
        param: { agencyId: 'dinsos-hss' },
        json: { revision: seen, settings: { ...current, statusBands: bands(count) } },
      });
    const refused = await expectError(save(maxStatusBands + 1, revision, 'en'), 400);
    expect(refused.error.issues).toEqual([{ path: 'settings.statusBands', message: 'at most 10' }]);
    const saved = await expectStatus(save(maxStatusBands, revision), 200);
    expect(saved.statusBands).toEqual(bands(maxStatusBands));
  });
});
