import { describe, expect, it } from 'vitest';
import { renderPerformancePdf } from '../documents/performance-report.js';
import { seedContext, seedTables } from '../report.fixture.js';
import { standardFontParses } from './standard-font-metrics.js';

describe('standard fonts', () => {
  it('are parsed once per process, and a later document comes out the same from the kept metrics', async () => {
    const { performance } = seedTables(2);
    const first = await renderPerformancePdf(performance, seedContext(2));
    const parsed = standardFontParses();
    // Helvetica and Helvetica-Bold, at least; none again for the second document.
    expect(parsed).toBeGreaterThanOrEqual(2);
    const second = await renderPerformancePdf(performance, seedContext(2));
    expect(standardFontParses()).toBe(parsed);
    expect(second.equals(first)).toBe(true);
  });
});
