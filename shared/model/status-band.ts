import * as z from 'zod';
import { lazyMessage, type TLocale, t } from '../i18n.js';
import { schemaMessages } from '../messages/schemas.js';
import { ZFigureSchema } from './figure.js';
import { ZIdSchema } from './organisation.js';
import { ZNameSchema } from './text.js';

/** One colour band of achievement: achievements from `min` (inclusive) up to the next band's. */
export const ZStatusBandSchema = z.object({
  id: ZIdSchema,
  label: ZNameSchema(60),
  labelEn: ZNameSchema(60),
  /** Lower bound in %, inclusive; the last band has none and takes everything below. */
  min: ZFigureSchema.min(0).max(100_000).optional(),
  color: z.string().regex(
    /^#[0-9a-f]{6}$/i,
    lazyMessage(schemaMessages, (m) => m.bands.colorHex),
  ),
});
export type TStatusBand = z.infer<typeof ZStatusBandSchema>;

/** A band's label in the reader's language: each agency names its bands in both. */
export const bandLabel = (band: TStatusBand, locale: TLocale): string =>
  locale === 'en' ? band.labelEn : band.label;

/** The most bands an agency may have: the region's rule has four or five, the boards show each. */
export const maxStatusBands = 10;

/** An agency's bands, highest first, with strictly falling bounds and a catch-all last band. */
export const ZStatusBandsSchema = z
  .array(ZStatusBandSchema)
  .min(1)
  .max(
    maxStatusBands,
    lazyMessage(schemaMessages, (m) => m.maxItems(maxStatusBands)),
  )
  .superRefine((bands, ctx) => {
    const m = t(schemaMessages).bands;
    bands.forEach((band, i) => {
      const last = i === bands.length - 1;
      const previous = bands[i - 1]?.min;
      if (last !== (band.min === undefined)) {
        const message = last ? m.lastWithoutMin : m.minRequired;
        ctx.addIssue({ code: 'custom', path: [i, 'min'], message });
      } else if (band.min !== undefined && previous !== undefined && band.min >= previous) {
        ctx.addIssue({ code: 'custom', path: [i, 'min'], message: m.minBelowPrevious });
      }
    });
  });
export type TStatusBands = z.infer<typeof ZStatusBandsSchema>;

/**
 * The common five-band default: ≥ 91 very high, 76–90 high, 66–75 medium, 51–65 low, ≤ 50 very
 * low, read as half-open ranges [91, ∞), [76, 91), [66, 76), [51, 66), (−∞, 51).
 */
export const defaultStatusBands: TStatusBands = [
  { id: 'very-high', label: 'Sangat tinggi', labelEn: 'Very high', min: 91, color: '#1b5e20' },
  { id: 'high', label: 'Tinggi', labelEn: 'High', min: 76, color: '#66bb6a' },
  { id: 'medium', label: 'Sedang', labelEn: 'Medium', min: 66, color: '#fdd835' },
  { id: 'low', label: 'Rendah', labelEn: 'Low', min: 51, color: '#fb8c00' },
  { id: 'very-low', label: 'Sangat rendah', labelEn: 'Very low', color: '#c62828' },
];
