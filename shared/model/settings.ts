import * as z from 'zod';
import { lazyMessage } from '../i18n.js';
import { schemaMessages } from '../messages/schemas.js';
import { ZReminderSettingsSchema } from '../reminders/reminder-settings.js';
import { ZFigureSchema } from './figure.js';
import { defaultStatusBands, ZStatusBandsSchema } from './status-band.js';

/** Achievements outside [below, above] % need an explanation at submission. */
const ZExplanationThresholdsSchema = z
  .object({
    below: ZFigureSchema.min(0).max(1000).default(75),
    above: ZFigureSchema.min(0).max(10_000).default(150),
  })
  .refine((limits) => limits.below < limits.above, {
    path: ['above'],
    ...lazyMessage(schemaMessages, (m) => m.thresholdsOrder),
  });

/** What an agency's planner tunes: status bands, reminder days, when an explanation is required. */
export const ZAgencySettingsSchema = z.object({
  statusBands: ZStatusBandsSchema.default(defaultStatusBands),
  reminders: ZReminderSettingsSchema.default(ZReminderSettingsSchema.parse({})),
  explanationThresholds: ZExplanationThresholdsSchema.default({ below: 75, above: 150 }),
});
export type TAgencySettings = z.infer<typeof ZAgencySettingsSchema>;

/** The settings of an agency that has changed none. */
export const defaultAgencySettings: TAgencySettings = ZAgencySettingsSchema.parse({});

/** Settings as stored, with the revision the next edit must name (0 before the first edit). */
export const ZStoredSettingsSchema = ZAgencySettingsSchema.extend({ revision: z.int().min(0) });
export type TStoredSettings = z.infer<typeof ZStoredSettingsSchema>;
