import { z } from 'zod';
import type { TOutboxHandler } from '../../shared/model/outbox.js';
import { ZQuarterSchema } from '../../shared/model/quarter.js';
import { generateAgreementFiles, generateQuarterFiles } from './generate-report-files.js';

const ZSignOffPayloadSchema = z.object({ quarter: ZQuarterSchema, signOffCount: z.int().min(1) });
const ZAgreementPayloadSchema = z.object({ version: z.int().min(1) });
/** A planner's regeneration: the quarter (0: the agreement's documents), the next version, a language. */
export const ZRegeneratePayloadSchema = z.object({
  quarter: z.union([z.literal(0), ZQuarterSchema]),
  version: z.int().min(1),
  locale: z.enum(['id', 'en']),
});

// Report files come from what the transaction committed; the event only says which and which version.
export const reportFileHandlers: Record<string, TOutboxHandler> = {
  'quarter.signOff': async (event) => {
    const { quarter, signOffCount } = ZSignOffPayloadSchema.parse(event.payload);
    const base = {
      eventId: event.id,
      agencyId: event.agencyId,
      year: event.year,
      generatedAt: event.createdAt,
      locale: 'id' as const,
    };
    await generateQuarterFiles({ ...base, quarter, version: signOffCount });
  },

  'agreement.sign': async (event) => {
    const { version } = ZAgreementPayloadSchema.parse(event.payload);
    const base = {
      eventId: event.id,
      agencyId: event.agencyId,
      year: event.year,
      generatedAt: event.createdAt,
      locale: 'id' as const,
    };
    await generateAgreementFiles({ ...base, quarter: 0, version });
  },

  'reports.regenerate': async (event) => {
    const { quarter, version, locale } = ZRegeneratePayloadSchema.parse(event.payload);
    const base = {
      eventId: event.id,
      agencyId: event.agencyId,
      year: event.year,
      generatedAt: event.createdAt,
      locale,
      version,
    };
    if (quarter === 0) await generateAgreementFiles({ ...base, quarter });
    else await generateQuarterFiles({ ...base, quarter });
  },
};
