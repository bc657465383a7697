import { describe, expect, it } from 'vitest';
import { keys } from '../db/keys.js';
import { downloadUrlOf, fileIdOf, sortKeyOf } from './file-links.js';

describe("a report file's links", () => {
  it('names a file in URLs by its sort key, URL-safe, and reads the key back', () => {
    const { sk } = keys.reportFile({
      agencyId: 'dinsos-hss',
      year: 2019,
      quarter: 2,
      kind: 'performance',
      unitId: null,
      locale: 'id',
      format: 'pdf',
      version: 3,
    });
    const id = fileIdOf(sk);
    expect(id).toMatch(/^[\w-]+$/);
    expect(sortKeyOf(id)).toBe(sk);
  });

  it('answers NOT_FOUND for an id no stored file has', async () => {
    await expect(downloadUrlOf(undefined)).rejects.toMatchObject({ name: 'AppError', code: 'NOT_FOUND' });
  });
});
