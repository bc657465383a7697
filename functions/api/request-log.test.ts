import { describe, expect, it } from 'vitest';
import { pathLogFields } from './request-log.js';

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
});
