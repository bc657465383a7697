import { describe, expect, it } from 'vitest';
import { listedEvidence, pendingUploadDays, type TEvidence } from './evidence.js';

const askedAt = '2026-03-02T01:00:00.000Z';
const file = (id: string, arrived: boolean): TEvidence => ({
  id,
  agencyId: 'dinsos-hss',
  year: 2026,
  quarter: 1,
  unitId: 'pemberdayaan-sosial',
  indicatorId: 'persentase-pmks-mandiri',
  fileName: `${id}.pdf`,
  contentType: 'application/pdf',
  size: 10,
  objectKey: `dinsos-hss/2026/TW1/pemberdayaan-sosial/persentase-pmks-mandiri/${id}/${id}.pdf`,
  uploadedBy: 'kabid-pemberdayaan',
  uploadedAt: askedAt,
  arrived,
});
/** `ms` milliseconds after the files were asked for. */
const later = (ms: number) => new Date(Date.parse(askedAt) + ms).toISOString();
const day = pendingUploadDays * 86_400_000;
const files = [file('arrived', true), file('waiting', false)];
const shown = (now: string, withHead: boolean) =>
  listedEvidence(files, { now, withHead }).map(({ id, uploadExpired }) => ({ id, uploadExpired }));

describe('a part’s files as listed', () => {
  it('marks a file not arrived as expired once storage has emptied its uploads, never one that arrived', () => {
    expect(shown(later(day - 1), true)).toEqual([
      { id: 'arrived', uploadExpired: false },
      { id: 'waiting', uploadExpired: false },
    ]);
    expect(shown(later(day), true)).toEqual([
      { id: 'arrived', uploadExpired: false },
      { id: 'waiting', uploadExpired: true },
    ]);
  });

  it('lists no waiting file while the part is under review or its quarter locked: it is no evidence', () => {
    expect(shown(later(1000), false)).toEqual([{ id: 'arrived', uploadExpired: false }]);
    expect(shown(later(2 * day), false)).toEqual([{ id: 'arrived', uploadExpired: false }]);
  });
});
