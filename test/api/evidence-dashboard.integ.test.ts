import { PutObjectCommand } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { openYear } from '../../functions/local/seed-demo.js';
import { buckets } from '../../functions/s3/bucket-names.js';
import { allowEvidenceUploadsFrom } from '../../functions/s3/buckets.js';
import { s3 } from '../../functions/s3/client.js';
import { evidenceUploadKey, evidenceUploadPrefix } from '../../functions/s3/object-name.js';
import { objectExists } from '../../functions/s3/presign.js';
import { localDate } from '../../shared/reminders/local-day.js';
import { clientAs, expectError, expectStatus, untypedRequest } from '../support/api-client.js';
import { askUpload, indicatorOf } from '../support/evidence-upload.js';
import { withSeededStore } from '../support/seeded-store.js';
import { submitCompleteEntry } from '../support/submit-part.js';

withSeededStore();

const yearParam = { agencyId: 'dinsos-hss', year: String(openYear()) };
const partParam = { ...yearParam, quarter: '1', unitId: 'pemberdayaan-sosial' };
const yearApi = (userId: string) => clientAs(userId).agencies[':agencyId'].years[':year'];
const evidenceApi = (userId: string) => yearApi(userId).quarters[':quarter'].parts[':unitId'].evidence;

describe('evidence', () => {
  it('uploads through a presigned URL, lists and downloads the same bytes, all on the record', async () => {
    const indicatorId = await indicatorOf('pemberdayaan-sosial');
    const bytes = new TextEncoder().encode('%PDF-1.4 daftar penerima bantuan');
    const requested = await expectStatus(
      evidenceApi('kabid-pemberdayaan').$post({
        param: partParam,
        json: {
          indicatorId,
          fileName: 'Daftar penerima (TW1).pdf',
          contentType: 'application/pdf',
          size: bytes.length,
        },
      }),
      201,
    );
    // The browser asks first whether the web app's origin may PUT there.
    await allowEvidenceUploadsFrom('http://localhost:3000');
    const preflight = await fetch(requested.uploadUrl, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:3000',
        'access-control-request-method': 'PUT',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(preflight.status).toBe(200);
    expect(preflight.headers.get('access-control-allow-origin')).toMatch(/^(\*|http:\/\/localhost:3000)$/);
    const upload = await fetch(requested.uploadUrl, {
      method: 'PUT',
      headers: requested.uploadHeaders,
      body: bytes,
    });
    expect(upload.status).toBe(200);
    await expectStatus(
      evidenceApi('kabid-pemberdayaan')[':evidenceId'].confirm.$post({
        param: { ...partParam, evidenceId: requested.evidence.id },
      }),
      200,
    );

    const listed = await expectStatus(evidenceApi('pengamat').$get({ param: partParam }), 200);
    expect(listed.evidence).toHaveLength(1);
    const [file] = listed.evidence;
    expect(file).toMatchObject({
      indicatorId,
      fileName: 'Daftar penerima (TW1).pdf',
      uploadedBy: 'kabid-pemberdayaan',
    });
    const link = await expectStatus(
      evidenceApi('inspektorat')[':evidenceId'].download.$get({
        param: { ...partParam, evidenceId: file?.id ?? '' },
      }),
      200,
    );
    const downloaded = await fetch(link.url);
    expect(new Uint8Array(await downloaded.arrayBuffer())).toEqual(bytes);

    const timeline = await expectStatus(
      yearApi('pengamat').quarters[':quarter'].parts[':unitId'].audit.$get({ query: {}, param: partParam }),
      200,
    );
    expect(timeline.events.map((event) => event.action)).toContain('addEvidence');
  });

  it('lists a file that never arrived as such, takes it in once it arrives, and keeps one whose confirmation was lost', async () => {
    const indicatorId = await indicatorOf('pemberdayaan-sosial');
    const bytes = new TextEncoder().encode('%PDF-1.4 foto kegiatan');
    const ask = (fileName: string) =>
      expectStatus(
        evidenceApi('kabid-pemberdayaan').$post({
          param: partParam,
          json: { indicatorId, fileName, contentType: 'application/pdf', size: bytes.length },
        }),
        201,
      );
    const confirm = (evidenceId: string) =>
      evidenceApi('kabid-pemberdayaan')[':evidenceId'].confirm.$post({ param: { ...partParam, evidenceId } });
    const listed = async (fileName: string) =>
      (await expectStatus(evidenceApi('pengamat').$get({ param: partParam }), 200)).evidence.filter(
        (file) => file.fileName === fileName,
      );
    const added = async () =>
      (
        await expectStatus(
          yearApi('pengamat').quarters[':quarter'].parts[':unitId'].audit.$get({
            query: {},
            param: partParam,
          }),
          200,
        )
      ).events.filter((event) => event.action === 'addEvidence');

    // The connection dropped before the file went up: listed plainly as not arrived, nothing on the record.
    const before = (await added()).length;
    const dropped = await ask('Foto kegiatan.pdf');
    expect(await listed('Foto kegiatan.pdf')).toEqual([expect.objectContaining({ arrived: false })]);
    await expectError(
      evidenceApi('pengamat')[':evidenceId'].download.$get({
        param: { ...partParam, evidenceId: dropped.evidence.id },
      }),
      404,
    );
    expect((await expectError(confirm(dropped.evidence.id), 409)).error.message).toBe(
      'Berkas belum sampai di penyimpanan; unggah lagi',
    );
    expect(await added()).toHaveLength(before);

    // Uploaded again: the same record, taken in once, on the record once.
    const again = await ask('Foto kegiatan.pdf');
    expect(again.evidence.id).toBe(dropped.evidence.id);
    expect(
      (await fetch(again.uploadUrl, { method: 'PUT', headers: again.uploadHeaders, body: bytes })).status,
    ).toBe(200);
    await expectStatus(confirm(again.evidence.id), 200);
    await expectStatus(confirm(again.evidence.id), 200);
    expect(await listed('Foto kegiatan.pdf')).toEqual([expect.objectContaining({ arrived: true })]);
    expect(await added()).toHaveLength(before + 1);

    // Uploaded, but the browser closed before it confirmed: the next listing takes it in, as the head's.
    const unconfirmed = await ask('Daftar hadir.pdf');
    await fetch(unconfirmed.uploadUrl, { method: 'PUT', headers: unconfirmed.uploadHeaders, body: bytes });
    const put = Date.now();
    // Listed later: the file reads as uploaded when storage took it, not when it was listed.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const [takenIn] = await listed('Daftar hadir.pdf');
    expect(takenIn).toMatchObject({ arrived: true });
    expect(Date.parse(takenIn?.uploadedAt ?? '')).toBeLessThanOrEqual(put);
    expect((await added())[0]).toMatchObject({
      actorId: 'kabid-pemberdayaan',
      changes: [expect.objectContaining({ after: 'Daftar hadir.pdf' })],
    });
    expect(await added()).toHaveLength(before + 2);

    // Two files sent one after the other within a second (S3 keeps whole seconds): listed as sent.
    const sent = [];
    for (const fileName of ['Lampiran 1.pdf', 'Lampiran 2.pdf']) {
      const upload = await ask(fileName);
      await fetch(upload.uploadUrl, { method: 'PUT', headers: upload.uploadHeaders, body: bytes });
      sent.push(await expectStatus(confirm(upload.evidence.id), 200));
    }
    const [first = '', second = ''] = sent.map((body) => body.evidence.uploadedAt);
    expect(first < second, `${first} before ${second}`).toBe(true);
    const all = (await expectStatus(evidenceApi('pengamat').$get({ param: partParam }), 200)).evidence;
    expect(all.map((file) => file.fileName).filter((name) => name.startsWith('Lampiran'))).toEqual([
      'Lampiran 1.pdf',
      'Lampiran 2.pdf',
    ]);
  });

  it('refuses bad files with the field named, and other units’ parts', async () => {
    const file = { indicatorId: 'x', fileName: 'a.exe', contentType: 'application/pdf', size: 10 } as const;
    const path = `/api/agencies/dinsos-hss/years/${openYear()}/quarters/1/parts/pemberdayaan-sosial/evidence`;
    const executable = { ...file, contentType: 'application/x-msdownload', size: 20 * 1024 * 1024 };
    const bad = await expectError(untypedRequest('kabid-pemberdayaan', 'POST', path, executable), 400);
    expect(bad.error.issues.map((issue) => issue.path).sort()).toEqual(['contentType', 'size']);
    const ask = (userId: string) => evidenceApi(userId).$post({ param: partParam, json: file });
    const foreign = await expectError(ask('kabid-pemberdayaan'), 400);
    expect(foreign.error.issues[0]?.path).toBe('indicatorId');
    await expectError(ask('sekretaris'), 403);
  });
});

describe('removing evidence', () => {
  const head = 'kabid-pemberdayaan';
  const bytes = new TextEncoder().encode('%PDF-1.4 foto yang salah');
  const partApi = (userId: string, lang?: 'id' | 'en') =>
    clientAs(userId, { lang }).agencies[':agencyId'].years[':year'].quarters[':quarter'].parts[':unitId'];
  /** A file of the part asked for by its head, and sent to storage unless `arrived` is false. */
  const fileOf = async (param: typeof partParam, fileName: string, arrived = true) => {
    const asked = await askUpload(head, param, fileName, bytes.length);
    if (!arrived) return asked.evidence;
    await fetch(asked.uploadUrl, { method: 'PUT', headers: asked.uploadHeaders, body: bytes });
    const confirm = partApi(head).evidence[':evidenceId'].confirm.$post({
      param: { ...param, evidenceId: asked.evidence.id },
    });
    return (await expectStatus(confirm, 200)).evidence;
  };
  const remove = (
    userId: string,
    param: typeof partParam,
    evidenceId: string,
    reason = 'Foto salah unggah',
  ) => partApi(userId).evidence[':evidenceId'].$delete({ param: { ...param, evidenceId }, json: { reason } });
  const listed = async (param: typeof partParam) =>
    (await expectStatus(partApi('pengamat').evidence.$get({ param }), 200)).evidence.map((e) => e.id);
  const removals = async (param: typeof partParam) =>
    (await expectStatus(partApi('inspektorat').audit.$get({ query: {}, param }), 200)).events.filter(
      (event) => event.action === 'removeEvidence',
    );

  it('removes a file from a draft with why, on the record, and its stored object; one that never arrived too', async () => {
    const wrong = await fileOf(partParam, 'Foto pribadi.pdf');
    const kept = await fileOf(partParam, 'Daftar hadir TW1.pdf');
    expect(await objectExists(buckets.evidence, wrong.objectKey)).toBe(true);
    const removed = await expectStatus(remove(head, partParam, wrong.id, 'Foto pribadi, salah pilih'), 200);
    expect(removed.evidence.id).toBe(wrong.id);
    expect(await listed(partParam)).not.toContain(wrong.id);
    expect(await listed(partParam)).toContain(kept.id);
    expect(await objectExists(buckets.evidence, wrong.objectKey)).toBe(false);
    await expectError(
      partApi('inspektorat').evidence[':evidenceId'].download.$get({
        param: { ...partParam, evidenceId: wrong.id },
      }),
      404,
    );
    // Who, when, which file of which indicator, and why.
    expect((await removals(partParam))[0]).toMatchObject({
      actorId: head,
      reason: 'Foto pribadi, salah pilih',
      changes: [{ path: `evidence.${wrong.indicatorId}`, before: 'Foto pribadi.pdf', after: null }],
    });

    const never = await fileOf(partParam, 'Unggahan terputus.pdf', false);
    await expectStatus(remove(head, partParam, never.id, 'Unggahan tidak pernah sampai'), 200);
    expect(await listed(partParam)).not.toContain(never.id);
    expect((await removals(partParam))[0]).toMatchObject({ reason: 'Unggahan tidak pernah sampai' });
  });

  it('refuses a file of a part under review (409, in either language), an unknown one (404), no reason (400) and others (403)', async () => {
    const param = { ...partParam, quarter: '2' };
    const file = await fileOf(param, 'Laporan TW2.pdf');
    await expectError(remove('pengamat', param, file.id), 403);
    await expectError(remove('kabid-perlindungan', param, file.id), 403);
    const unnamed = await expectError(remove(head, param, file.id, '  '), 400);
    expect(unnamed.error.issues.map((issue) => issue.path)).toEqual(['reason']);
    const unknown = await expectError(remove(head, param, '00000000-0000-4000-8000-000000000000'), 404);
    expect(unknown.error.message).toBe('Data dukung ini tidak ada; mungkin sudah dihapus');

    await submitCompleteEntry({ year: openYear(), quarter: 2, unitId: param.unitId });
    const refused = await expectError(remove(head, param, file.id), 409);
    expect(refused.error.message).toBe(
      'Data dukung hanya dapat dihapus selama bagian ini draf atau dikembalikan; kini Dikirim',
    );
    const inEnglish = await expectError(
      partApi(head, 'en').evidence[':evidenceId'].$delete({
        param: { ...param, evidenceId: file.id },
        json: { reason: 'Wrong photo' },
      }),
      409,
    );
    expect(inEnglish.error.message).toBe(
      'Evidence can be removed only while the part is a draft or returned; it is now Submitted',
    );
    expect(await listed(param)).toContain(file.id);
    expect(await objectExists(buckets.evidence, file.objectKey)).toBe(true);
    expect(await removals(param)).toEqual([]);
  });

  it("lets the division head's acting official remove a file, on the record as such", async () => {
    const param = { ...partParam, quarter: '3' };
    const file = await fileOf(param, 'Foto kegiatan TW3.pdf');
    const today = localDate(new Date().toISOString(), 'Asia/Makassar');
    await expectStatus(
      clientAs('perencana').agencies[':agencyId'].acting.$post({
        param: { agencyId: partParam.agencyId },
        json: {
          kind: 'plt',
          duty: 'division_head',
          unitId: param.unitId,
          userId: 'pengamat',
          from: today,
          until: today,
        },
      }),
      201,
    );
    await expectStatus(remove('pengamat', param, file.id, 'Salah indikator'), 200);
    expect((await removals(param))[0]).toMatchObject({
      actorId: 'pengamat',
      acting: { kind: 'plt', duty: 'division_head', unitId: param.unitId },
    });
  });

  it('of two removals at once one removes and the other finds it gone; on the record once', async () => {
    const param = { ...partParam, quarter: '4' };
    const file = await fileOf(param, 'Dua kali.pdf');
    const answers = await Promise.all([remove(head, param, file.id), remove(head, param, file.id)]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 404]);
    expect(await removals(param)).toHaveLength(1);
  });

  it('never removes blind a file taken in meanwhile: removed with its record, or kept and listed', async () => {
    const param = { ...partParam, quarter: '4' };
    // Uploaded, its confirmation racing the removal of what was listed as not arrived.
    const asked = await fileOf(param, 'Sampai juga.pdf', false);
    const again = await expectStatus(
      partApi(head).evidence.$post({
        param,
        json: {
          indicatorId: asked.indicatorId,
          fileName: asked.fileName,
          contentType: 'application/pdf',
          size: bytes.length,
        },
      }),
      201,
    );
    await fetch(again.uploadUrl, { method: 'PUT', headers: again.uploadHeaders, body: bytes });
    const confirm = partApi(head).evidence[':evidenceId'].confirm.$post({
      param: { ...param, evidenceId: asked.id },
    });
    const [removal] = await Promise.all([remove(head, param, asked.id, 'Tidak pernah sampai'), confirm]);
    const onRecord = (await removals(param)).some((event) => event.reason === 'Tidak pernah sampai');
    const outcome = {
      answered: removal.status,
      onRecord,
      listed: (await listed(param)).includes(asked.id),
      stored: await objectExists(buckets.evidence, asked.objectKey),
    };
    // Removed as it arrived, or refused as changed meanwhile: never half of each.
    expect(outcome).toEqual(
      onRecord
        ? { answered: 200, onRecord, listed: false, stored: false }
        : { answered: 409, onRecord, listed: true, stored: true },
    );
  });
});

describe('a file that arrives after its part was submitted', () => {
  const head = 'kabid-rehabilitasi';
  const param = { ...partParam, quarter: '3', unitId: 'pelayanan-rehabilitasi' };
  const bytes = new TextEncoder().encode('%PDF-1.4 terlambat');
  const partApi = (userId: string, lang?: 'id' | 'en') =>
    clientAs(userId, { lang }).agencies[':agencyId'].years[':year'].quarters[':quarter'].parts[':unitId'];

  it('is refused (409, in either language), neither listed nor stored, and not on the record', async () => {
    const indicatorId = await indicatorOf(param.unitId);
    // Asked for while the part was a draft …
    const ask = (fileName: string) =>
      expectStatus(
        partApi(head).evidence.$post({
          param,
          json: { indicatorId, fileName, contentType: 'application/pdf', size: bytes.length },
        }),
        201,
      );
    const late = await ask('Terlambat.pdf');
    const lateEnglish = await ask('Late.pdf');
    const unconfirmed = await ask('Tanpa konfirmasi.pdf');
    // … and sent after it was submitted, with upload URLs still valid.
    await submitCompleteEntry({ year: openYear(), quarter: 3, unitId: param.unitId });
    for (const asked of [late, lateEnglish, unconfirmed]) {
      const put = await fetch(asked.uploadUrl, { method: 'PUT', headers: asked.uploadHeaders, body: bytes });
      expect(put.status).toBe(200);
    }
    const confirm = (evidenceId: string, lang?: 'id' | 'en') =>
      partApi(head, lang).evidence[':evidenceId'].confirm.$post({ param: { ...param, evidenceId } });
    expect((await expectError(confirm(late.evidence.id), 409)).error.message).toBe(
      'Bagian ini sudah dikirim (kini Dikirim); berkas tidak dilampirkan',
    );
    expect((await expectError(confirm(lateEnglish.evidence.id, 'en'), 409)).error.message).toBe(
      'The part was already submitted (it is now Submitted); the file was not attached',
    );
    // The one never confirmed is not taken in by a listing either.
    const listed = await expectStatus(partApi('pengamat').evidence.$get({ param }), 200);
    expect(listed.evidence).toEqual([]);
    for (const { evidence } of [late, lateEnglish, unconfirmed]) {
      expect(await objectExists(buckets.evidence, evidence.objectKey)).toBe(false);
      expect(await objectExists(buckets.evidence, evidenceUploadKey(evidence.objectKey))).toBe(false);
    }
    // Confirmed again (a retry): the file is gone, not taken in.
    await expectError(confirm(late.evidence.id), 404);
    const events = await expectStatus(partApi('inspektorat').audit.$get({ query: {}, param }), 200);
    expect(events.events.filter((event) => event.action === 'addEvidence')).toEqual([]);
  });

  it('racing the submission is either attached before it or refused: never half of each', async () => {
    const raced = { ...param, quarter: '4' };
    const asked = await askUpload(head, raced, 'Bersamaan.pdf', bytes.length);
    await fetch(asked.uploadUrl, { method: 'PUT', headers: asked.uploadHeaders, body: bytes });
    const [confirmed] = await Promise.all([
      partApi(head).evidence[':evidenceId'].confirm.$post({
        param: { ...raced, evidenceId: asked.evidence.id },
      }),
      submitCompleteEntry({ year: openYear(), quarter: 4, unitId: raced.unitId }),
    ]);
    const events = await expectStatus(partApi('inspektorat').audit.$get({ query: {}, param: raced }), 200);
    const listed = await expectStatus(partApi('pengamat').evidence.$get({ param: raced }), 200);
    const outcome = {
      answered: confirmed.status,
      onRecord: events.events.some((event) => event.action === 'addEvidence'),
      listed: listed.evidence.some((file) => file.id === asked.evidence.id),
      stored: await objectExists(buckets.evidence, asked.evidence.objectKey),
    };
    expect(outcome).toEqual(
      outcome.answered === 200
        ? { answered: 200, onRecord: true, listed: true, stored: true }
        : { answered: 409, onRecord: false, listed: false, stored: false },
    );
  });
});

describe('uploads that no record takes in', () => {
  const head = 'kabid-pemberdayaan';
  const partApi = (userId: string) =>
    clientAs(userId).agencies[':agencyId'].years[':year'].quarters[':quarter'].parts[':unitId'];
  const ask = (fileName: string, size: number) => askUpload(head, partParam, fileName, size);
  const put = (asked: Awaited<ReturnType<typeof ask>>, body: BodyInit) =>
    fetch(asked.uploadUrl, { method: 'PUT', headers: asked.uploadHeaders, body });

  it('stay under pending/, which the bucket empties after a day: one arriving after its record was removed, one sent again after it was taken in', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.4 dikirim setelah dihapus');
    const removed = await ask('Dihapus sebelum sampai.pdf', bytes.length);
    expect(new URL(removed.uploadUrl).pathname).toContain(`/${evidenceUploadPrefix}`);
    await expectStatus(
      partApi(head).evidence[':evidenceId'].$delete({
        param: { ...partParam, evidenceId: removed.evidence.id },
        json: { reason: 'Tidak jadi dikirim' },
      }),
      200,
    );
    // The upload URL is still valid: the file arrives, but only where uploads wait to be taken in.
    expect((await put(removed, bytes)).status).toBe(200);
    const pendingKey = evidenceUploadKey(removed.evidence.objectKey);
    expect(pendingKey.startsWith(evidenceUploadPrefix)).toBe(true);
    expect(await objectExists(buckets.evidence, pendingKey)).toBe(true);
    expect(await objectExists(buckets.evidence, removed.evidence.objectKey)).toBe(false);
    const listed = await expectStatus(partApi('pengamat').evidence.$get({ param: partParam }), 200);
    expect(listed.evidence.map((file) => file.id)).not.toContain(removed.evidence.id);

    // Taken in, a file is copied to its own key; the same URL used again changes nothing listed.
    const kept = await ask('Diambil.pdf', bytes.length);
    await put(kept, bytes);
    await expectStatus(
      partApi(head).evidence[':evidenceId'].confirm.$post({
        param: { ...partParam, evidenceId: kept.evidence.id },
      }),
      200,
    );
    expect(await objectExists(buckets.evidence, kept.evidence.objectKey)).toBe(true);
    const other = new TextEncoder().encode('%PDF-1.4 bukan ini'.padEnd(bytes.length, '.'));
    expect((await put(kept, other)).status).toBe(200);
    const link = await expectStatus(
      partApi('inspektorat').evidence[':evidenceId'].download.$get({
        param: { ...partParam, evidenceId: kept.evidence.id },
      }),
      200,
    );
    expect(new Uint8Array(await (await fetch(link.url)).arrayBuffer())).toEqual(bytes);
  });

  it('takes in a file asked for before uploads went under pending/ from its own key', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.4 diunggah sebelum pembaruan');
    const asked = await ask('Sebelum pembaruan.pdf', bytes.length);
    // Sent through a URL signed by the API before this release: straight to the file's own key.
    await s3.send(
      new PutObjectCommand({
        Bucket: buckets.evidence,
        Key: asked.evidence.objectKey,
        Body: bytes,
        ContentType: 'application/pdf',
      }),
    );
    const confirmed = await expectStatus(
      partApi(head).evidence[':evidenceId'].confirm.$post({
        param: { ...partParam, evidenceId: asked.evidence.id },
      }),
      200,
    );
    expect(confirmed.evidence.arrived).toBe(true);
    expect(await objectExists(buckets.evidence, asked.evidence.objectKey)).toBe(true);
  });
});

describe('the dashboard', () => {
  it("shows each unit's standing and what waits on the user", async () => {
    const body = await expectStatus(
      yearApi('kabid-perlindungan').dashboard.$get({ param: yearParam, query: { quarter: '1' } }),
      200,
    );
    expect(body.units).toHaveLength(4);
    expect(body.completeness).toEqual({ submitted: 0, total: 4 });
    expect(body.units.every((unit) => Number.isInteger(unit.daysLeft))).toBe(true);
    expect(body.waitingOnMe).toEqual([{ kind: 'fillPart', quarter: 1, unitId: 'perlindungan-jaminan' }]);
    expect(body.achievements.length).toBeGreaterThan(10);

    const history = await expectStatus(
      yearApi('kepala-dinas').dashboard.$get({
        param: { agencyId: 'dinsos-hss', year: '2019' },
        query: { quarter: '4' },
      }),
      200,
    );
    expect(history.completeness).toEqual({ submitted: 4, total: 4 });
    expect(history.timeliness).toEqual({ onTime: 4, late: 0 });
    expect(history.waitingOnMe).toEqual([]);
    // The main IKU to date at TW4 is its year, from the year's reported parts: 60,35 % of 65,74 %.
    const iku = history.achievements.find((a) => a.indicatorId === 'persentase-pmks-mandiri');
    expect(iku?.toDate).toBeCloseTo((((10_249 / 16_982) * 100) / 65.74) * 100, 8);
  });
});
