import * as z from 'zod';
import { agencyOf, type TOutboxEvent, type TOutboxHandler } from '../../shared/model/outbox.js';
import { ZQuarterSchema } from '../../shared/model/quarter.js';
import { getAgencyWithUnits } from '../db/organisation.js';

/**
 * The renderers (exceljs, docx, pdfmake with fontkit) weigh most of the outbox bundle: loaded
 * when the first report event of a process arrives, so an email-only cold start never pays them.
 */
const generator = () => import('./generate-report-files.js');
const regionGenerator = () => import('./generate-region-files.js');

/** Events from before report versions were reserved lack `reportVersion`: theirs was the count or the version. */
const ZSignOffPayloadSchema = z.object({
  quarter: ZQuarterSchema,
  signOffCount: z.int().min(1),
  reportVersion: z.int().min(1).optional(),
});
const ZAgreementPayloadSchema = z.object({
  version: z.int().min(1),
  reportVersion: z.int().min(1).optional(),
});
const ZAcceptPayloadSchema = z.object({ quarter: ZQuarterSchema });
/** A planner's regeneration: the quarter (0: the agreement's documents), the next version, a language. */
const ZRegeneratePayloadSchema = z.object({
  quarter: z.union([z.literal(0), ZQuarterSchema]),
  version: z.int().min(1),
  locale: z.enum(['id', 'en']),
});

/** The Bappeda's request for the region's files of a quarter in a language. */
const ZRegionRegeneratePayloadSchema = z.object({
  regionId: z.string().min(1),
  quarter: ZQuarterSchema,
  locale: z.enum(['id', 'en']),
  requestedBy: z.object({ id: z.string().min(1), name: z.string() }),
});

/** What every file of an event is made with: the event it answers and the moment it was committed. */
const fromEvent = (event: TOutboxEvent, locale: 'id' | 'en' = 'id') => ({
  eventId: event.id,
  year: event.year,
  generatedAt: event.createdAt,
  locale,
});

/** What every file of an agency's event is made with: the agency's, besides the event's. */
const fromAgencyEvent = (event: TOutboxEvent, locale: 'id' | 'en' = 'id') => ({
  ...fromEvent(event, locale),
  agencyId: agencyOf(event),
});

// Report files come from what the transaction committed; the event only says which and which version.
export const reportFileHandlers: Record<string, TOutboxHandler> = {
  'quarter.signOff': async (event) => {
    const { quarter, signOffCount, reportVersion } = ZSignOffPayloadSchema.parse(event.payload);
    const { generateQuarterFiles } = await generator();
    await generateQuarterFiles({
      ...fromAgencyEvent(event),
      quarter,
      version: reportVersion ?? signOffCount,
    });
  },

  'agreement.sign': async (event) => {
    const { version, reportVersion } = ZAgreementPayloadSchema.parse(event.payload);
    const { generateAgreementFiles } = await generator();
    await generateAgreementFiles({
      ...fromAgencyEvent(event),
      quarter: 0,
      version: reportVersion ?? version,
      agreementVersion: version,
    });
  },

  // The Bappeda's acceptance adds the agency to the region's compilation of that quarter, in
  // Indonesian and in every language the Bappeda asked the quarter for.
  'quarter.accept': async (event) => {
    const { quarter } = ZAcceptPayloadSchema.parse(event.payload);
    const agencyId = agencyOf(event);
    const found = await getAgencyWithUnits(agencyId);
    if (!found) throw new Error(`agency ${agencyId} not found`);
    const { generateRegionFiles, standingRequests } = await regionGenerator();
    const base = { ...fromEvent(event), regionId: found.agency.regionId, quarter };
    await generateRegionFiles(base);
    for (const request of await standingRequests(base.regionId, event.year, quarter))
      await generateRegionFiles({ ...base, ...request });
  },

  'regionReports.regenerate': async (event) => {
    const { regionId, quarter, locale, requestedBy } = ZRegionRegeneratePayloadSchema.parse(event.payload);
    const { generateRegionFiles } = await regionGenerator();
    await generateRegionFiles({ ...fromEvent(event, locale), regionId, quarter, requestedBy });
  },

  'reports.regenerate': async (event) => {
    const { quarter, version, locale } = ZRegeneratePayloadSchema.parse(event.payload);
    const base = { ...fromAgencyEvent(event, locale), version };
    const { generateAgreementFiles, generateQuarterFiles } = await generator();
    if (quarter === 0) await generateAgreementFiles({ ...base, quarter });
    else await generateQuarterFiles({ ...base, quarter });
  },
};
