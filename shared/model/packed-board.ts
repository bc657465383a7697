import * as z from 'zod';
import { quarterStates } from '../workflow/quarter-workflow.js';
import { ZSummaryBandSchema } from './agency-summary.js';
import { ZYearSchema } from './agreement.js';
import { ZIdSchema, ZTimeZoneSchema } from './organisation.js';
import { ZQuarterSchema } from './quarter.js';

const count = z.int().min(0);
/** An instant in whole seconds since 1970 (UTC): 10 digits where an ISO string takes 25. */
const seconds = z.int();

/**
 * A quarter's summary as the region's summaries store it and its dashboard sends it: its figures in
 * this order, without a name each. A region page carries 40 agencies × 4 quarters of them, and the
 * names took half of it (issue 18). The IKU are counted by the agency's bands, in their order; the
 * absorption is not stored but computed from the allocation and the realised (Rupiah).
 */
const ZPackedQuarterSchema = z.tuple([
  ZQuarterSchema,
  z.enum(quarterStates),
  /** revision */ z.int().min(1),
  /** dueAt */ seconds,
  /** parts, submitted, late */ count,
  count,
  count,
  /** signedOffAt */ seconds.nullable(),
  /** the IKU by band */ z.array(count),
  /** unscored, atRisk */ count,
  count,
  /** allocation, realised */ count,
  count,
]);
export type TPackedQuarter = z.infer<typeof ZPackedQuarterSchema>;

/** A band as a summary item stores it: id, label, English label, colour. */
type TPackedBand = [id: string, label: string, labelEn: string, color: string];

/** A summary's bands and quarters as one string attribute stores them (functions/db/agency-summaries.ts). */
export type TPackedFigures = { bands: TPackedBand[]; quarters: TPackedQuarter[] };

/**
 * The region's dashboard as the API sends it: each band the agencies count in named once for the
 * whole region (most share the default bands), each agency's quarters packed with whether each is
 * overdue now. shared/region/packed-board.ts reads it back as the rows the web shows.
 */
export const ZPackedBoardSchema = z.object({
  regionId: ZIdSchema,
  year: ZYearSchema,
  bands: z.array(ZSummaryBandSchema),
  agencies: z.array(
    z.object({
      agencyId: ZIdSchema,
      name: z.string(),
      shortName: z.string(),
      example: z.boolean().optional(),
      timeZone: ZTimeZoneSchema,
      /** Its bands, by their place in the region's. */
      bands: z.array(count),
      quarters: z.array(z.tuple([ZPackedQuarterSchema, /** overdue */ z.boolean()])),
      late: z.boolean(),
      atRisk: z.boolean(),
    }),
  ),
});
export type TPackedBoard = z.infer<typeof ZPackedBoardSchema>;
