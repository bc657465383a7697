import * as z from 'zod';
import { ZYearSchema } from './agreement.js';
import { ZIdSchema } from './organisation.js';
import { ZQuarterSchema } from './quarter.js';
import { ZStoredFileSchema } from './report-file.js';

/** What the region compiles from its agencies' accepted quarters: Tabel E.81, the performance tables, the year's. */
const regionReportKinds = ['e81', 'performance', 'annual'] as const;
export type TRegionReportKind = (typeof regionReportKinds)[number];

/**
 * A file the region compiled from the quarters its Bappeda accepted, as recorded. Accepted is
 * final, so a quarter's compilation only grows: its version is how many agencies it holds, and
 * `agencyIds` says which (two runs that raced to the same count hold different agencies).
 */
export const ZRegionReportFileRecordSchema = z
  .object({
    regionId: ZIdSchema,
    year: ZYearSchema,
    quarter: ZQuarterSchema,
    kind: z.enum(regionReportKinds),
    format: z.enum(['xlsx', 'pdf']),
    locale: z.enum(['id', 'en']),
    version: z.int().min(1),
    /** The agencies whose accepted quarter it compiles, by id. */
    agencyIds: z.array(ZIdSchema).min(1),
    /** How many agencies the region had when it was made (the others are listed without figures). */
    regionAgencies: z.int().min(1),
    /** Who asked for it in this language (the Bappeda, for English); absent: made on an acceptance. */
    requestedBy: z.object({ id: ZIdSchema, name: z.string() }).optional(),
  })
  .extend(ZStoredFileSchema.shape);
export type TRegionReportFileRecord = z.infer<typeof ZRegionReportFileRecordSchema>;
