import { describe, expect, it } from 'vitest';
import { openYear } from '../../functions/local/seed-demo.js';
import { buckets } from '../../functions/s3/bucket-names.js';
import { evidenceUploadKey } from '../../functions/s3/object-name.js';
import { objectExists } from '../../functions/s3/presign.js';
import { clientAs, expectError, expectStatus } from '../support/api-client.js';
import { withSeededStore } from '../support/seeded-store.js';
import { verifyEveryPart } from '../support/submit-part.js';

// A table of its own: a quarter here is signed off, which the other evidence tests' parts must not be.
withSeededStore();

const head = 'kabid-pemberdayaan';
const yearParam = { agencyId: 'dinsos-hss', year: String(openYear()) };
const bytes = new TextEncoder().encode('%PDF-1.4 data dukung');
const yearApi = (userId: string, lang?: 'id' | 'en') =>
  clientAs(userId, { lang }).agencies[':agencyId'].years[':year'];
const partApi = (userId: string, lang?: 'id' | 'en') =>
  yearApi(userId, lang).quarters[':quarter'].parts[':unitId'];
type TPartParam = typeof yearParam & { quarter: string; unitId: string };

const indicatorOf = async (unitId: string) => {
  const agreement = await expectStatus(yearApi('pengamat').agreement.$get({ param: yearParam }), 200);
  const activity = agreement.version?.agreement.activities.find(
    (a) => a.unitId === unitId && a.indicators.length > 0,
  );
  return activity?.indicators[0]?.id ?? expect.fail('no indicator of the unit');
};
/** The division head asks for the upload of a file: its record made, waiting for the file. */
const ask = async (param: TPartParam, fileName: string) =>
  expectStatus(
    partApi(head).evidence.$post({
      param,
      json: {
        indicatorId: await indicatorOf(param.unitId),
        fileName,
        contentType: 'application/pdf',
        size: bytes.length,
      },
    }),
    201,
  );
const listed = async (param: TPartParam, userId = 'pengamat') =>
  (await expectStatus(partApi(userId).evidence.$get({ param }), 200)).evidence;

describe('a file that arrives after its quarter was signed off', () => {
  const param = { ...yearParam, quarter: '2', unitId: 'pemberdayaan-sosial' };

  it('is refused (423, in either language), neither listed nor stored, and not on the record', async () => {
    // Asked for while the part was a draft …
    const late = await ask(param, 'Terlambat.pdf');
    const lateEnglish = await ask(param, 'Late.pdf');
    // … and sent once every part was verified and the head signed the quarter off.
    await verifyEveryPart({ year: openYear(), quarter: 2 });
    await expectStatus(
      yearApi('kepala-dinas').quarters[':quarter'][':transition'].$post({
        param: { ...yearParam, quarter: '2', transition: 'sign-off' },
        json: { revision: 1 },
      }),
      200,
    );
    for (const asked of [late, lateEnglish]) {
      const put = await fetch(asked.uploadUrl, { method: 'PUT', headers: asked.uploadHeaders, body: bytes });
      expect(put.status).toBe(200);
    }
    const confirm = (evidenceId: string, lang?: 'id' | 'en') =>
      partApi(head, lang).evidence[':evidenceId'].confirm.$post({ param: { ...param, evidenceId } });
    expect((await expectError(confirm(late.evidence.id), 423)).error.message).toBe(
      'Triwulan ini sudah disahkan dan terkunci',
    );
    expect((await expectError(confirm(lateEnglish.evidence.id, 'en'), 423)).error.message).toBe(
      'This quarter is signed off and locked',
    );
    expect(await listed(param)).toEqual([]);
    for (const { evidence } of [late, lateEnglish]) {
      expect(await objectExists(buckets.evidence, evidence.objectKey)).toBe(false);
      expect(await objectExists(buckets.evidence, evidenceUploadKey(evidence.objectKey))).toBe(false);
    }
    await expectError(confirm(late.evidence.id), 404);
    const events = await expectStatus(partApi('inspektorat').audit.$get({ param }), 200);
    expect(events.events.filter((event) => event.action === 'addEvidence')).toEqual([]);
  });
});
