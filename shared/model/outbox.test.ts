import { describe, expect, it } from 'vitest';
import { agencyOf, outboxScope, ZOutboxEventSchema, ZOutboxRecordSchema } from './outbox.js';

const stored = { id: 'o1', kind: 'part.submit', year: 2030, createdAt: '2030-01-02T09:00:00+08:00' };

describe("an outbox event's scope", () => {
  it("is an agency's for events stored before scopes, and for new agencies' events", () => {
    for (const event of [
      ZOutboxEventSchema.parse({ ...stored, agencyId: 'dinsos-hss' }),
      ZOutboxRecordSchema.parse({ ...stored, scope: 'agency', agencyId: 'dinsos-hss', state: 'failed' }),
    ]) {
      expect(outboxScope(event)).toEqual({ scope: 'agency', agencyId: 'dinsos-hss' });
      expect(agencyOf(event)).toBe('dinsos-hss');
    }
  });

  it("is the region's for its own events, which no agency's handler takes for an agency's", () => {
    const event = ZOutboxEventSchema.parse({ ...stored, scope: 'region', regionId: 'kab-hss' });
    expect(outboxScope(event)).toEqual({ scope: 'region', regionId: 'kab-hss' });
    expect(() => agencyOf(event)).toThrow("outbox event o1 is the region's, not an agency's");
  });

  it('is one or the other: a region event without its region, or an agency id under a region scope, is refused', () => {
    expect(ZOutboxEventSchema.safeParse({ ...stored, scope: 'region', agencyId: 'kab-hss' }).success).toBe(
      false,
    );
    expect(ZOutboxEventSchema.safeParse({ ...stored }).success).toBe(false);
  });
});
