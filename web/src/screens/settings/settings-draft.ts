import * as z from 'zod';
import { type TAgencySettings, ZAgencySettingsSchema } from '../../../../shared/model/settings';
import { ZReminderSettingsSchema } from '../../../../shared/reminders/reminder-settings';

const ZOffsetDaysSchema = ZReminderSettingsSchema.shape.offsetDays;

/** Reminder days as typed ("7, 3, 1, 0"): numbers apart by commas or spaces; the schema judges them. */
const daysOf = (text: string): z.input<typeof ZOffsetDaysSchema> =>
  text
    .split(/[,\s]+/)
    .filter(Boolean)
    .map(Number);

/**
 * The settings form, checked by the shared settings schema as typed and before it is sent;
 * only the reminder days are typed as one text and read into numbers first.
 */
export const ZSettingsFormSchema = ZAgencySettingsSchema.extend({
  reminders: ZReminderSettingsSchema.extend({
    offsetDays: z.string().transform(daysOf).pipe(ZOffsetDaysSchema),
  }),
});
/** The settings as the form holds them: as stored, but the reminder days as one text. */
export type TSettingsDraft = z.input<typeof ZSettingsFormSchema>;

/** The form filled from the stored settings. */
export const draftFromSettings = (settings: TAgencySettings): TSettingsDraft => ({
  ...settings,
  reminders: { ...settings.reminders, offsetDays: settings.reminders.offsetDays.join(', ') },
});

/** The form's field an API issue names ("settings.statusBands.2.min"); null for the rest (the revision). */
export const fieldOfIssue = (path: string): string | null =>
  path.startsWith('settings.') ? path.slice('settings.'.length) : null;
