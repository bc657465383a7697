import * as z from 'zod';

/**
 * How an agency's deadline reminders run. Offsets count the agency's local calendar days before
 * the due date (0 = the due day itself); overdue notices go out on the day after the due date
 * and every `overdueEveryDays` after that.
 */
/** The earliest reminder an agency may set, in days before the due date. */
export const maxOffsetDays = 60;

export const ZReminderSettingsSchema = z.object({
  offsetDays: z
    .array(z.int().min(0).max(maxOffsetDays))
    .max(10)
    .default([7, 3, 1, 0])
    // Stored the way people type them; the planner only needs each day once.
    .transform((days) => [...new Set(days)].sort((a, b) => b - a)),
  overdueEveryDays: z.int().min(1).max(30).default(3),
  /** The local hour (0–23, agency's time zone) at which the daily sweep runs. */
  sweepHour: z.int().min(0).max(23).default(8),
});
export type TReminderSettings = z.infer<typeof ZReminderSettingsSchema>;

/** The settings of an agency that has not changed any: D-7, D-3, D-1, D-0; overdue every 3 days; 08:00. */
export const defaultReminderSettings: TReminderSettings = ZReminderSettingsSchema.parse({});
