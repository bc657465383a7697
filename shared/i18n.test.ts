import { afterEach, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { defineMessages, lazyMessage, plural, setLocaleSource, t } from './i18n.js';
import { ZNipSchema } from './model/organisation.js';
import { ZIndicatorRealisationSchema } from './model/realisation.js';
import { ZRupiahSchema } from './model/rupiah.js';

afterEach(() => setLocaleSource(() => 'id'));

const messages = (schema: z.ZodType, input: unknown) =>
  schema.safeParse(input).error?.issues.map((issue) => issue.message) ?? [];

describe('t', () => {
  it('speaks Indonesian until told otherwise, then asks the source at every call', () => {
    const text = { id: 'wajib diisi', en: 'required' };
    expect(t(text)).toBe('wajib diisi');
    let locale: 'id' | 'en' = 'en';
    setLocaleSource(() => locale);
    expect(t(text)).toBe('required');
    locale = 'id';
    expect(t(text)).toBe('wajib diisi');
  });
});

describe('plural', () => {
  it('takes an exact count first, then the language’s category', () => {
    const days = (n: number) => plural('en', n, { 0: 'today', one: `${n} day`, other: `${n} days` });
    expect([0, 1, 2, 1.5].map(days)).toEqual(['today', '1 day', '2 days', '1.5 days']);
    // Indonesian has no plural forms: every count is "other".
    expect(plural('id', 1, { one: 'satu', other: 'lain' })).toBe('lain');
  });
});

describe('a namespace of the catalogue', () => {
  it('gives the texts of the reader’s language, chosen at every call', () => {
    const ns = defineMessages(
      { hello: (name: string) => `Halo ${name}` },
      { hello: (name) => `Hello ${name}` },
    );
    expect(t(ns).hello('Ani')).toBe('Halo Ani');
    setLocaleSource(() => 'en');
    expect(t(ns).hello('Ani')).toBe('Hello Ani');
  });
});

describe('messages of schemas built before the language is known', () => {
  it('choose the language of the parse, not of the module load', () => {
    const ns = defineMessages({ tooShort: 'terlalu pendek' }, { tooShort: 'too short' });
    const schema = z.string().min(
      3,
      lazyMessage(ns, (m) => m.tooShort),
    );
    expect(messages(schema, 'ab')).toEqual(['terlalu pendek']);
    setLocaleSource(() => 'en');
    expect(messages(schema, 'ab')).toEqual(['too short']);
  });

  it('cover custom regex, type and superRefine messages', () => {
    const realisation = { indicatorId: 'x', numerator: 5 };
    expect(messages(ZNipSchema, '1967')).toEqual(['NIP terdiri dari 18 angka']);
    expect(messages(ZRupiahSchema, 1.5)).toEqual([
      'harus berupa bilangan bulat Rupiah, tidak negatif, paling besar Rp 10.000.000.000.000',
    ]);
    expect(messages(ZIndicatorRealisationSchema, realisation)).toEqual([
      'pembilang dan penyebut diisi bersama',
    ]);

    setLocaleSource(() => 'en');
    expect(messages(ZNipSchema, '1967')).toEqual(['a NIP has 18 digits']);
    expect(messages(ZRupiahSchema, 1.5)).toEqual([
      'must be a whole number of Rupiah, not negative, at most Rp 10,000,000,000,000',
    ]);
    expect(messages(ZIndicatorRealisationSchema, realisation)).toEqual([
      'enter the numerator and the denominator together',
    ]);
  });
});
