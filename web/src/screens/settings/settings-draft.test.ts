import { describe, expect, it } from 'vitest';
import { defaultAgencySettings } from '../../../../shared/model/settings';
import { draftFromSettings, fieldOfIssue, ZSettingsFormSchema } from './settings-draft';

const draft = draftFromSettings(defaultAgencySettings);
const pathsOf = (input: unknown) =>
  ZSettingsFormSchema.safeParse(input).error?.issues.map((issue) => issue.path.join('.')) ?? [];

describe('the settings form', () => {
  it('holds the reminder days as typed and sends them as the stored settings', () => {
    expect(draft.reminders.offsetDays).toBe('7, 3, 1, 0');
    const typed = { ...draft, reminders: { ...draft.reminders, offsetDays: '1 3,7, 3' } };
    expect(ZSettingsFormSchema.parse(typed)).toEqual({
      ...defaultAgencySettings,
      reminders: { ...defaultAgencySettings.reminders, offsetDays: [7, 3, 1] },
    });
  });

  it('is checked by the shared schema, each problem at the field that shows it', () => {
    expect(pathsOf({ ...draft, reminders: { ...draft.reminders, offsetDays: '7, x, 99' } })).toEqual([
      'reminders.offsetDays.1',
      'reminders.offsetDays.2',
    ]);
    expect(pathsOf({ ...draft, explanationThresholds: { below: 150, above: 75 } })).toEqual([
      'explanationThresholds.above',
    ]);
    const bands = defaultAgencySettings.statusBands.map((band, i) => (i === 1 ? { ...band, min: 95 } : band));
    expect(pathsOf({ ...draft, statusBands: bands })).toEqual(['statusBands.1.min']);
  });

  it("puts the API's issues on the form's fields", () => {
    expect(fieldOfIssue('settings.statusBands.2.min')).toBe('statusBands.2.min');
    expect(fieldOfIssue('revision')).toBeNull();
  });
});
