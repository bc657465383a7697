import { afterEach, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { fieldLabel } from './field-labels.js';
import { setLocaleSource } from './i18n.js';
import { ZActingOrderSchema } from './model/acting.js';
import { ZReminderSettingsSchema } from './reminders/reminder-settings.js';
import { zodLocaleError } from './zod-locale.js';

const messages = (schema: z.ZodType, input: unknown) =>
  schema.safeParse(input, { error: zodLocaleError }).error?.issues.map((i) => [i.path.join('.'), i.message]);

describe('plain error messages', () => {
  afterEach(() => setLocaleSource(() => 'id'));

  it('say what is wrong with the value, never a type name', () => {
    const schema = z.object({
      days: z.array(z.int().min(0).max(60)).max(10),
      email: z.email(),
      name: z.string().min(1),
      at: z.iso.datetime({ offset: true }),
      lang: z.enum(['id', 'en']),
      amount: z.number(),
    });
    expect(
      messages(schema, { days: [7, null, 1.5, 61], email: 'x', name: '', at: '15 Januari', lang: 'fr' }),
    ).toEqual([
      ['days.1', 'harus berupa angka'],
      ['days.2', 'harus berupa bilangan bulat'],
      ['days.3', 'paling besar 60'],
      ['email', 'alamat email tidak valid'],
      ['name', 'wajib diisi'],
      ['at', 'tanggal dan jam tidak valid (mis. 2026-04-15T23:59:00+08:00)'],
      ['lang', 'pilih salah satu: id, en'],
      ['amount', 'wajib diisi'],
    ]);
    setLocaleSource(() => 'en');
    expect(messages(ZReminderSettingsSchema, { offsetDays: [7, null] })).toEqual([
      ['offsetDays.1', 'must be a number'],
    ]);
  });

  it('keep the messages a schema gives itself', () => {
    const schema = z.number().max(5, { error: () => 'terlalu banyak hari' });
    expect(messages(schema, 9)).toEqual([['', 'terlalu banyak hari']]);
  });
});

describe('field labels', () => {
  afterEach(() => setLocaleSource(() => 'id'));

  it('name a field the way the forms do, with the numbered items around it', () => {
    expect(fieldLabel('settings.reminders.offsetDays.1')).toBe('Hari pengingat sebelum tenggat ke-2');
    expect(fieldLabel('content.activities.3.indicators.0.quarterTargets.2')).toBe(
      'Kegiatan ke-4 › Indikator ke-1 › Target TW3',
    );
    expect(fieldLabel('entry.realisations.0.value')).toBe('Realisasi ke-1 › Nilai');
    expect(fieldLabel('revision')).toBe('Revisi');
    expect(fieldLabel('somethingNew')).toBe('somethingNew');
    setLocaleSource(() => 'en');
    expect(fieldLabel('settings.statusBands.0.min')).toBe('Status band 1 › Lower bound');
  });

  it("name every field of an acting official's order in words, in both languages", () => {
    const fields = Object.keys(ZActingOrderSchema.shape);
    for (const locale of ['id', 'en'] as const) {
      setLocaleSource(() => locale);
      expect(fields.filter((field) => fieldLabel(field) === field)).toEqual([]);
    }
  });
});
