import * as z from 'zod';
import { t } from '../i18n.js';
import { calendarMessages } from '../messages/calendar.js';
import { ZYearSchema } from './agreement.js';
import { ZIdSchema } from './organisation.js';
import { ZFreeTextSchema, ZNameSchema } from './text.js';

/** A zod message from the calendar's texts, chosen when a value is checked (in the reader's language). */
const says = (pick: (texts: (typeof calendarMessages)['id']) => string) => ({
  error: () => pick(t(calendarMessages)),
});

/** A local calendar day, "YYYY-MM-DD", that exists (no 30 February). */
const ZLocalDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { ...says((m) => m.notADate), abort: true })
  .refine(
    (date) => new Date(`${date}T00:00:00Z`).toISOString().startsWith(date),
    says((m) => m.notADate),
  );

/** A national holiday, or a cuti bersama (a collective leave day the joint decree adds beside them). */
export const holidayKinds = ['holiday', 'cuti_bersama'] as const;

export const ZHolidaySchema = z.object({
  date: ZLocalDateSchema,
  name: ZNameSchema(200),
  kind: z.enum(holidayKinds),
});
export type THoliday = z.infer<typeof ZHolidaySchema>;

const ZHolidayYearFieldsSchema = z.object({
  year: ZYearSchema,
  /** The decree the list follows (the SKB of the three ministers, a Keppres), as people cite it. */
  decree: ZNameSchema(300).optional(),
  holidays: z.array(ZHolidaySchema).max(80),
});

/** Each date in the year, and once. */
function checkDates(value: z.output<typeof ZHolidayYearFieldsSchema>, ctx: z.RefinementCtx) {
  const m = t(calendarMessages);
  const seen = new Set<string>();
  value.holidays.forEach((holiday, i) => {
    if (!holiday.date.startsWith(`${value.year}-`))
      ctx.addIssue({ code: 'custom', path: ['holidays', i, 'date'], message: m.notInYear(value.year) });
    else if (seen.has(holiday.date))
      ctx.addIssue({ code: 'custom', path: ['holidays', i, 'date'], message: m.twice });
    seen.add(holiday.date);
  });
}

/** A year's days off as the region keeps them: the dates in that year, each once. */
export const ZHolidayYearSchema = ZHolidayYearFieldsSchema.superRefine(checkDates);

/** A year's days off as the administrator sends them, with the revision they saw. */
export const ZHolidayYearEntrySchema = ZHolidayYearFieldsSchema.extend({
  revision: z.int().min(0),
}).superRefine(checkDates);

export type THolidayYear = z.infer<typeof ZHolidayYearSchema>;

const ZTrackedSchema = z.object({
  revision: z.int().min(0),
  updatedAt: z.iso.datetime({ offset: true }).optional(),
  updatedBy: ZIdSchema.optional(),
});

/** A region's year of holidays as stored; revision 0 is the national list nobody has changed yet. */
export const ZRegionHolidaysSchema = ZTrackedSchema.extend({
  regionId: ZIdSchema,
  year: ZYearSchema,
  decree: z.string().optional(),
  holidays: z.array(ZHolidaySchema),
});
export type TRegionHolidays = z.infer<typeof ZRegionHolidaysSchema>;

/**
 * The region's rule for when agencies report a quarter to the Bappeda: within `workingDays`
 * working days after it ends (PP 39/2006's rhythm: 5), as its Perbup says.
 */
export const ZDeadlineRuleSchema = z.object({
  workingDays: z.int().min(1).max(30),
  /** The regent's regulation (Perbup) that sets it, as people cite it. */
  decree: ZNameSchema(300).optional(),
});
export type TDeadlineRule = z.infer<typeof ZDeadlineRuleSchema>;

export const ZRegionDeadlineRuleSchema = ZDeadlineRuleSchema.extend({
  regionId: ZIdSchema,
  ...ZTrackedSchema.shape,
});
export type TRegionDeadlineRule = z.infer<typeof ZRegionDeadlineRuleSchema>;

/** The rule where a region has set none: five working days (PP 39/2006). */
export const defaultDeadlineRule: TDeadlineRule = { workingDays: 5 };

/** More time for one agency's quarter, granted by the region, on the record. */
export const ZExtensionSchema = z.object({
  /** The new last day, local; the parts are due at its end. */
  dueDate: ZLocalDateSchema,
  reason: ZFreeTextSchema(1000).pipe(
    z.string().min(
      1,
      says((m) => m.reasonRequired),
    ),
  ),
  grantedBy: ZIdSchema,
  grantedByName: z.string(),
  grantedAt: z.iso.datetime({ offset: true }),
});
