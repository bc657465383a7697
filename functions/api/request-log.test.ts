import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { countDynamoDbCall } from '../request-timing.js';
import { pathLogFields, requestLog } from './request-log.js';

describe('a request’s log fields', () => {
  it('name the agency, year, quarter and unit its path is about', () => {
    expect(pathLogFields('/api/agencies/dinsos-hss/years/2026/quarters/2/parts/sekretariat/submit')).toEqual({
      agencyId: 'dinsos-hss',
      year: 2026,
      quarter: 2,
      unitId: 'sekretariat',
    });
    expect(pathLogFields('/api/agencies/dinsos-hss/outbox')).toEqual({ agencyId: 'dinsos-hss' });
    expect(pathLogFields('/api/health')).toEqual({});
  });

  it("answer with the request's time and, of it, its DynamoDB calls' (Server-Timing)", async () => {
    const app = new Hono().use(requestLog).get('/board', async (c) => {
      await Promise.all([Promise.resolve().then(() => countDynamoDbCall(3)), countDynamoDbCall(4.5)]);
      return c.json({});
    });
    const timing = (await app.request('/board')).headers.get('server-timing');
    expect(timing).toMatch(/^api;dur=\d+\.\d, dynamodb;dur=7\.5;desc="2"$/);
    // A call outside any request (the outbox's) counts to none.
    countDynamoDbCall(1);
    expect((await app.request('/board')).headers.get('server-timing')).toContain('dynamodb;dur=7.5;desc="2"');
  });
});
