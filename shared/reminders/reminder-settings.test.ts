import { describe, expect, it } from 'vitest';
import { defaultReminderSettings, ZReminderSettingsSchema } from './reminder-settings.js';

describe('reminder settings', () => {
  it('defaults to D-7, D-3, D-1, D-0, overdue every 3 days, sweep at 08:00', () => {
    expect(defaultReminderSettings).toEqual({ offsetDays: [7, 3, 1, 0], overdueEveryDays: 3, sweepHour: 8 });
  });

  it('keeps each offset once, furthest first', () => {
    expect(ZReminderSettingsSchema.parse({ offsetDays: [1, 14, 1, 5] }).offsetDays).toEqual([14, 5, 1]);
  });

  it('rejects what the sweep cannot honour', () => {
    for (const bad of [
      { overdueEveryDays: 0 },
      { sweepHour: 24 },
      { offsetDays: [-1] },
      { offsetDays: [1.5] },
    ]) {
      expect(ZReminderSettingsSchema.safeParse(bad).success).toBe(false);
    }
  });
});
