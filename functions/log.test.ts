import { describe, expect, it } from 'vitest';
import { createLog, withLogFields } from './log.js';

describe('the log', () => {
  it('writes one JSON line per call with the fields of the work it belongs to', async () => {
    const lines: string[] = [];
    const log = createLog((line) => lines.push(line), 'info');
    await withLogFields({ requestId: 'r1', agencyId: 'dinsos-hss' }, async () => {
      await Promise.resolve();
      withLogFields({ eventId: 'e1' }, () => log.warn('email failed', { recipientId: 'kepala' }));
      log.error('server error', new Error('boom', { cause: new Error('socket hang up') }));
      log.debug('not written');
    });
    log.info('outside');
    const [warn, error, outside] = lines.map((line) => JSON.parse(line));
    expect(lines).toHaveLength(3);
    expect(warn).toEqual({
      level: 'WARN',
      timestamp: expect.any(String),
      message: 'email failed',
      stage: 'test',
      requestId: 'r1',
      agencyId: 'dinsos-hss',
      eventId: 'e1',
      recipientId: 'kepala',
    });
    expect(error).toMatchObject({
      level: 'ERROR',
      requestId: 'r1',
      error: { name: 'Error', message: 'boom', cause: { message: 'socket hang up' } },
    });
    expect(error.eventId).toBeUndefined();
    expect(outside).toEqual({
      level: 'INFO',
      timestamp: expect.any(String),
      message: 'outside',
      stage: 'test',
    });
  });
});
