import { describe, expect, it } from 'vitest';
import { defaultStatusBands, ZStatusBandsSchema } from '../model/status-band.js';
import { statusBand } from './status-band.js';

const band = (x: number | null) => statusBand(x)?.id ?? null;

describe('statusBand with the five-band default', () => {
  it('puts each bound in the band it opens', () => {
    expect([91, 76, 66, 51].map(band)).toEqual(['very-high', 'high', 'medium', 'low']);
    expect(band(50)).toBe('very-low');
    expect(band(2229.63)).toBe('very-high');
    expect(band(0)).toBe('very-low');
  });

  it('reads non-integers half-open on the value shown with 2 decimals', () => {
    expect(band(90.99)).toBe('high');
    expect(band(90.995)).toBe('very-high'); // shown as 91,00 %
    expect(band(75.994)).toBe('medium');
    expect(band(50.5)).toBe('very-low');
    expect(band(65.999)).toBe('medium');
  });

  it('has no band without an achievement', () => {
    expect(band(null)).toBeNull();
  });

  it('uses an agency own bands, like the seed legend (> 100, > 90, 75–90, < 50)', () => {
    const legend = ZStatusBandsSchema.parse([
      { id: 'above', label: 'Di atas target', labelEn: 'Above target', min: 100.01, color: '#1565c0' },
      { id: 'good', label: 'Baik', labelEn: 'Good', min: 90.01, color: '#2e7d32' },
      { id: 'fair', label: 'Cukup', labelEn: 'Fair', min: 75, color: '#f9a825' },
      { id: 'poor', label: 'Kurang', labelEn: 'Poor', color: '#c62828' },
    ]);
    expect(statusBand(100, legend)?.id).toBe('good');
    expect(statusBand(100.02, legend)?.id).toBe('above');
    expect(statusBand(74.99, legend)?.id).toBe('poor');
  });

  it('refuses bands whose bounds do not fall or lack a catch-all', () => {
    const [first, second] = defaultStatusBands;
    const rising = ZStatusBandsSchema.safeParse([
      { ...first, min: 50 },
      { ...second, min: 60 },
      { ...second, id: 'x', min: undefined },
    ]);
    expect(rising.error?.issues.map((i) => i.path.join('.'))).toEqual(['1.min']);
    const noCatchAll = ZStatusBandsSchema.safeParse([first, second]);
    expect(noCatchAll.error?.issues.map((i) => i.path.join('.'))).toEqual(['1.min']);
    expect(ZStatusBandsSchema.safeParse(defaultStatusBands).success).toBe(true);
  });
});
