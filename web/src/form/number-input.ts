import { formatNumber } from '../../../shared/calc/format';
import type { TLocale } from '../../../shared/i18n';

/** What a typed number reads as: nothing typed, a number, or text that is no number. */
export type TParsed = { kind: 'empty' } | { kind: 'number'; value: number } | { kind: 'invalid' };

const shapes: Record<TLocale, RegExp> = {
  // 6.562 · 6562 · 95,14 · 1.234.567,5 (dots group thousands, one comma for decimals)
  id: /^-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/,
  en: /^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/,
};

/**
 * Reads a number typed the way the language writes it. Stricter than the report parser: in a
 * form "6.5" in Indonesian is a typo, not 65, so anything off-pattern is invalid, never guessed.
 */
export function parseInput(text: string, lang: TLocale): TParsed {
  const compact = text.trim().replace(/\s+/g, '');
  if (compact === '') return { kind: 'empty' };
  if (!shapes[lang].test(compact)) return { kind: 'invalid' };
  const [group, decimal] = lang === 'id' ? ['.', ','] : [',', '.'];
  const value = Number(compact.split(group).join('').replace(decimal, '.'));
  return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'invalid' };
}

/** A stored number as it is typed back into a field: no rounding, grouped the language's way. */
export function inputText(value: number | undefined, lang: TLocale): string {
  if (value === undefined) return '';
  return formatNumber(value, { locale: lang, maxDecimals: 10 });
}

/** Re-writes typed text for another language, keeping what cannot be read as it is. */
export function convertText(text: string, from: TLocale, to: TLocale): string {
  const parsed = parseInput(text, from);
  return parsed.kind === 'number' ? inputText(parsed.value, to) : text;
}
