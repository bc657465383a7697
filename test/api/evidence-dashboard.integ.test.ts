import { describe, expect, it } from 'vitest';
import { openYear } from '../../functions/local/seed-demo.js';
import { allowEvidenceUploadsFrom } from '../../functions/s3/buckets.js';
import { callAs } from '../support/api-client.js';
import { withSeededStore } from '../support/seeded-store.js';

withSeededStore();

const year = openYear();
const partPath = `/api/agencies/dinsos-hss/years/${year}/quarters/1/parts/pemberdayaan-sosial`;

describe('evidence', () => {
  it('uploads through a presigned URL, lists and downloads the same bytes, all on the record', async () => {
    const { body: agreement } = await callAs(
      'pengamat',
      'GET',
      `/api/agencies/dinsos-hss/years/${year}/agreement`,
    );
    const activity = agreement.versions[0].agreement.activities.find(
      (a: { unitId: string; indicators: unknown[] }) =>
        a.unitId === 'pemberdayaan-sosial' && a.indicators.length > 0,
    );
    const indicatorId = activity.indicators[0].id;
    const bytes = new TextEncoder().encode('%PDF-1.4 daftar penerima bantuan');
    const requested = await callAs('kabid-pemberdayaan', 'POST', `${partPath}/evidence`, {
      indicatorId,
      fileName: 'Daftar penerima (TW1).pdf',
      contentType: 'application/pdf',
      size: bytes.length,
    });
    expect(requested.status).toBe(201);
    // The browser asks first whether the web app's origin may PUT there.
    await allowEvidenceUploadsFrom('http://localhost:3000');
    const preflight = await fetch(requested.body.uploadUrl, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:3000',
        'access-control-request-method': 'PUT',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(preflight.status).toBe(200);
    expect(preflight.headers.get('access-control-allow-origin')).toMatch(/^(\*|http:\/\/localhost:3000)$/);
    const upload = await fetch(requested.body.uploadUrl, {
      method: 'PUT',
      headers: requested.body.uploadHeaders,
      body: bytes,
    });
    expect(upload.status).toBe(200);

    const { body: listed } = await callAs('pengamat', 'GET', `${partPath}/evidence`);
    expect(listed.evidence).toHaveLength(1);
    expect(listed.evidence[0]).toMatchObject({
      indicatorId,
      fileName: 'Daftar penerima (TW1).pdf',
      uploadedBy: 'kabid-pemberdayaan',
    });
    const { body: link } = await callAs(
      'inspektorat',
      'GET',
      `${partPath}/evidence/${listed.evidence[0].id}/download`,
    );
    const downloaded = await fetch(link.url);
    expect(new Uint8Array(await downloaded.arrayBuffer())).toEqual(bytes);

    const { body: timeline } = await callAs('pengamat', 'GET', `${partPath}/audit`);
    expect(timeline.events.map((event: { action: string }) => event.action)).toContain('addEvidence');
  });

  it('refuses bad files with the field named, and other units’ parts', async () => {
    const ask = (userId: string, body: object) => callAs(userId, 'POST', `${partPath}/evidence`, body);
    const file = {
      indicatorId: 'x',
      fileName: 'a.exe',
      contentType: 'application/x-msdownload',
      size: 20 * 1024 * 1024,
    };
    const bad = await ask('kabid-pemberdayaan', file);
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues.map((issue: { path: string }) => issue.path).sort()).toEqual([
      'contentType',
      'size',
    ]);
    const foreign = await ask('kabid-pemberdayaan', { ...file, contentType: 'application/pdf', size: 10 });
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.issues[0].path).toBe('indicatorId');
    expect((await ask('sekretaris', { ...file, contentType: 'application/pdf', size: 10 })).status).toBe(403);
  });
});

describe('the dashboard', () => {
  it("shows each unit's standing and what waits on the user", async () => {
    const { status, body } = await callAs(
      'kabid-perlindungan',
      'GET',
      `/api/agencies/dinsos-hss/years/${year}/dashboard?quarter=1`,
    );
    expect(status).toBe(200);
    expect(body.units).toHaveLength(4);
    expect(body.completeness).toEqual({ submitted: 0, total: 4 });
    expect(body.units.every((unit: { daysLeft: number }) => Number.isInteger(unit.daysLeft))).toBe(true);
    expect(body.waitingOnMe).toEqual([{ kind: 'fillPart', quarter: 1, unitId: 'perlindungan-jaminan' }]);
    expect(body.achievements.length).toBeGreaterThan(10);

    const history = await callAs(
      'kepala-dinas',
      'GET',
      '/api/agencies/dinsos-hss/years/2019/dashboard?quarter=4',
    );
    expect(history.body.completeness).toEqual({ submitted: 4, total: 4 });
    expect(history.body.timeliness).toEqual({ onTime: 4, late: 0 });
    expect(history.body.waitingOnMe).toEqual([]);
  });
});
