import type { z } from 'zod';
import { formatNumber } from './calc/format.js';
import { currentLocale, t } from './i18n.js';
import { validationMessages } from './messages/validation.js';

type TIssue = z.core.$ZodRawIssue;

// Small whole numbers (a year, an hour, a count of days) are written plain: "2000", not "2.000".
const n = (x: unknown) => {
  if (typeof x !== 'number' && typeof x !== 'bigint') return String(x);
  const value = Number(x);
  if (Number.isInteger(value) && Math.abs(value) < 10_000) return String(value);
  return formatNumber(value, { locale: currentLocale(), maxDecimals: 4 });
};

/** An issue's plain words: what is wrong with the value, never a type name or a schema term. */
function plainText(issue: TIssue): string {
  const m = t(validationMessages);
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? m.required : (m.mustBe[issue.expected] ?? m.invalid);
    case 'too_small': {
      const min = n(issue.minimum);
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? m.required : m.minChars(min);
      if (issue.origin === 'array') return m.minItems(min);
      return issue.inclusive ? m.atLeast(min) : m.moreThan(min);
    }
    case 'too_big': {
      const max = n(issue.maximum);
      if (issue.origin === 'string') return m.maxChars(max);
      if (issue.origin === 'array') return m.maxItems(max);
      return issue.inclusive ? m.atMost(max) : m.lessThan(max);
    }
    case 'invalid_format':
      return m.formats[issue.format] ?? m.notInForm;
    case 'invalid_value':
      return m.chooseOne(issue.values.map(n).join(', '));
    case 'invalid_union': {
      if (issue.input === undefined) return m.required;
      const wantsNumber = issue.errors
        .flat()
        .some((e) => e.code === 'invalid_type' && e.expected === 'number');
      return wantsNumber ? (m.mustBe.number ?? m.invalid) : m.invalid;
    }
    case 'unrecognized_keys':
      return m.unknownFields(issue.keys.join(', '));
    default:
      return m.invalid;
  }
}

/**
 * zod's own messages in words a person can act on, in the reader's language ("harus berupa
 * angka", "wajib diisi", "paling besar 60") instead of zod's "Input tidak valid: diharapkan
 * number, diterima null", whatever the process-wide zod config says: pass it as a parse's `error`
 * (the API sets it process-wide). Messages a schema gives itself are kept.
 */
export const zodLocaleError: z.core.$ZodErrorMap = (issue) => plainText(issue);
