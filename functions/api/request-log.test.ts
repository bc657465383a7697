import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { startDynamoDbCall } from '../request-timing.js';
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

  it("answer with the request's time and, of it, the time its DynamoDB calls took (Server-Timing)", async () => {
    const app = new Hono().use(requestLog).get('/board', async (c) => {
      // Two calls at once (0–3 and 1–4,5 ms), then one alone (10–12 ms): 4,5 + 2 ms waited.
      const first = startDynamoDbCall(0);
      const second = await Promise.resolve().then(() => startDynamoDbCall(1));
      first(3);
      second(4.5);
      startDynamoDbCall(10)(12);
      return c.json({});
    });
    const timing = (await app.request('/board')).headers.get('server-timing');
    expect(timing).toMatch(/^api;dur=\d+\.\d, dynamodb;dur=6\.5;desc="3"$/);
    // A call outside any request (the outbox's) counts to none.
    startDynamoDbCall(0)(1);
    expect((await app.request('/board')).headers.get('server-timing')).toContain('dynamodb;dur=6.5;desc="3"');
  });
});
