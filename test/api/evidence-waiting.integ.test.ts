import { describe, expect, it } from 'vitest';
import { systemClock } from '../../functions/clock.js';
import { requestEvidenceUpload } from '../../functions/evidence/evidence.js';
import { openYear } from '../../functions/local/seed-demo.js';
import { buckets } from '../../functions/s3/bucket-names.js';
import { evidenceUploadKey } from '../../functions/s3/object-name.js';
import { objectExists } from '../../functions/s3/presign.js';
import { seedUsers } from '../../shared/seed/organisation.js';
import { clientAs, expectError, expectStatus } from '../support/api-client.js';
import { askUpload, indicatorOf, type TPartParam } from '../support/evidence-upload.js';
import { withSeededStore } from '../support/seeded-store.js';
import { submitCompleteEntry, verifyEveryPart } from '../support/submit-part.js';

// A table of its own: a quarter here is signed off, which the other evidence tests' parts must not be.
withSeededStore();

const head = 'kabid-pemberdayaan';
const yearParam = { agencyId: 'dinsos-hss', year: String(openYear()) };
const bytes = new TextEncoder().encode('%PDF-1.4 data dukung');
const yearApi = (userId: string, lang?: 'id' | 'en') =>
  clientAs(userId, { lang }).agencies[':agencyId'].years[':year'];
const partApi = (userId: string, lang?: 'id' | 'en') =>
  yearApi(userId, lang).quarters[':quarter'].parts[':unitId'];
/** The division head asks for the upload of a file: its record made, waiting for the file. */
const ask = (param: TPartParam, fileName: string) => askUpload(head, param, fileName, bytes.length);
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
    const events = await expectStatus(partApi('inspektorat').audit.$get({ param, query: {} }), 200);
    expect(events.events.filter((event) => event.action === 'addEvidence')).toEqual([]);
  });
});

describe('a file asked for but not confirmed within a day', () => {
  const param = { ...yearParam, quarter: '1', unitId: 'pemberdayaan-sosial' };
  const user = seedUsers.find((candidate) => candidate.id === head) ?? expect.fail('no such head');
  /** Asked for two days ago: what it sent, if anything, is gone from pending/ (the lifecycle rule). */
  const askedTwoDaysAgo = async (fileName: string) => {
    const asked = new Date(Date.now() - 2 * 86_400_000).toISOString();
    const { evidence } = await requestEvidenceUpload({
      user,
      agencyId: param.agencyId,
      year: openYear(),
      quarter: 1,
      unitId: param.unitId,
      file: {
        indicatorId: await indicatorOf(param.unitId),
        fileName,
        contentType: 'application/pdf',
        size: bytes.length,
      },
      clock: { ...systemClock, now: () => asked },
    });
    return evidence;
  };
  const shown = async (userId: string) =>
    (await listed(param, userId)).map(({ fileName, arrived, uploadExpired }) => ({
      fileName,
      arrived,
      uploadExpired,
    }));

  it('is listed as expired, not as a file, and is sent again to the same record or removed', async () => {
    const expired = await askedTwoDaysAgo('Foto kegiatan.pdf');
    const unwanted = await askedTwoDaysAgo('Salah pilih.pdf');
    await ask(param, 'Baru saja.pdf');
    expect(await shown(head)).toEqual([
      { fileName: 'Foto kegiatan.pdf', arrived: false, uploadExpired: true },
      { fileName: 'Salah pilih.pdf', arrived: false, uploadExpired: true },
      { fileName: 'Baru saja.pdf', arrived: false, uploadExpired: false },
    ]);
    const confirm = (evidenceId: string) =>
      partApi(head).evidence[':evidenceId'].confirm.$post({ param: { ...param, evidenceId } });
    expect((await expectError(confirm(expired.id), 409)).error.message).toBe(
      'Berkas belum sampai di penyimpanan; unggah lagi',
    );

    // Sent again under its name: the same record, a fresh URL, taken in.
    const again = await ask(param, 'Foto kegiatan.pdf');
    expect(again.evidence.id).toBe(expired.id);
    await fetch(again.uploadUrl, { method: 'PUT', headers: again.uploadHeaders, body: bytes });
    await expectStatus(confirm(expired.id), 200);
    // Or removed, with why, on the part's record.
    await expectStatus(
      partApi(head).evidence[':evidenceId'].$delete({
        param: { ...param, evidenceId: unwanted.id },
        json: { reason: 'Unggahan kedaluwarsa, tidak jadi' },
      }),
      200,
    );
    // Listed in the order sent: the one sent again last.
    expect(await shown('pengamat')).toEqual([
      { fileName: 'Baru saja.pdf', arrived: false, uploadExpired: false },
      { fileName: 'Foto kegiatan.pdf', arrived: true, uploadExpired: false },
    ]);
  });
});

describe('a file still waiting when its part is submitted', () => {
  const param = { ...yearParam, quarter: '3', unitId: 'pemberdayaan-sosial' };

  it('is no evidence: listed to neither the verifier nor the head until the part is returned, then sent again', async () => {
    const arrived = await ask(param, 'Daftar hadir.pdf');
    await fetch(arrived.uploadUrl, { method: 'PUT', headers: arrived.uploadHeaders, body: bytes });
    await expectStatus(
      partApi(head).evidence[':evidenceId'].confirm.$post({
        param: { ...param, evidenceId: arrived.evidence.id },
      }),
      200,
    );
    const waiting = await ask(param, 'Terputus.pdf');
    const submitted = await submitCompleteEntry({ year: openYear(), quarter: 3, unitId: param.unitId });
    const names = async (userId: string) => (await listed(param, userId)).map((file) => file.fileName);
    for (const reader of ['verifikator', head, 'pengamat'])
      expect(await names(reader)).toEqual(['Daftar hadir.pdf']);

    await expectStatus(
      partApi('verifikator')[':transition'].$post({
        param: { ...param, transition: 'return' },
        json: { revision: submitted.revision, review: { comment: 'Lengkapi data dukung' } },
      }),
      200,
    );
    expect(await listed(param, head)).toEqual([
      expect.objectContaining({ fileName: 'Daftar hadir.pdf', arrived: true }),
      expect.objectContaining({ fileName: 'Terputus.pdf', arrived: false, uploadExpired: false }),
    ]);
    const again = await ask(param, 'Terputus.pdf');
    expect(again.evidence.id).toBe(waiting.evidence.id);
    await fetch(again.uploadUrl, { method: 'PUT', headers: again.uploadHeaders, body: bytes });
    await expectStatus(
      partApi(head).evidence[':evidenceId'].confirm.$post({
        param: { ...param, evidenceId: waiting.evidence.id },
      }),
      200,
    );
    expect(await names('verifikator')).toEqual(['Daftar hadir.pdf', 'Terputus.pdf']);
  });
});
