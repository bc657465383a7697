import type { TKeptTyping } from '../../form/kept-typing';
import { convertDraft, narrativeFields, type TIndicatorDraft, type TPartDraft } from './part-draft';

/** A field typed here that was also changed elsewhere since: what is stored there now. */
export type TDraftConflict = { path: string; theirs: string | boolean };

/** Each typed field of an indicator, and the form field that shows it (a ratio's numerator carries `.value`). */
const indicatorFields = [
  ['value', 'value'],
  ['numerator', 'value'],
  ['denominator', 'denominator'],
  ['nothingToReport', 'value'],
  ['explanation', 'explanation'],
  ['yearNumerator', 'yearParts'],
  ['yearDenominator', 'yearParts'],
] as const;

/**
 * The typing done here on top of the part as it is stored now: a field typed here keeps what was
 * typed, every other field takes the stored value. A field changed on both sides keeps what was
 * typed here and is listed with the stored value, so neither side is overwritten unseen.
 */
export function mergeDrafts(
  base: TPartDraft,
  mine: TPartDraft,
  theirs: TPartDraft,
): { draft: TPartDraft; conflicts: TDraftConflict[] } {
  const conflicts: TDraftConflict[] = [];
  const pick = <V extends string | boolean | undefined>(
    path: string,
    was: V | undefined,
    typed: V,
    stored: V,
  ): V => {
    if (typed === was || typed === stored) return stored;
    if (stored !== was && stored !== undefined) conflicts.push({ path, theirs: stored });
    return typed;
  };
  const indicators: Record<string, TIndicatorDraft> = {};
  for (const [id, stored] of Object.entries(theirs.indicators)) {
    const typed = mine.indicators[id];
    const was = base.indicators[id] ?? stored;
    if (!typed) {
      indicators[id] = stored;
      continue;
    }
    const merged = { ...stored };
    for (const [field, shownAt] of indicatorFields)
      Object.assign(merged, {
        [field]: pick(`indicators.${id}.${shownAt}`, was[field], typed[field], stored[field]),
      });
    // The confirmation belongs to the figure it confirmed: it follows whichever value was kept.
    const keptTyped = merged.value === typed.value && merged.numerator === typed.numerator;
    merged.confirmedFigure = keptTyped ? typed.confirmedFigure : stored.confirmedFigure;
    indicators[id] = merged;
  }
  const budget: Record<string, string> = {};
  for (const [code, stored] of Object.entries(theirs.budget))
    budget[code] = pick(`activities.${code}.amount`, base.budget[code], mine.budget[code] ?? stored, stored);
  const narratives: TPartDraft['narratives'] = {};
  for (const [code, stored] of Object.entries(theirs.narratives)) {
    const typed = mine.narratives[code] ?? stored;
    const was = base.narratives[code] ?? stored;
    narratives[code] = { ...stored };
    for (const field of narrativeFields)
      narratives[code][field] = pick(`narratives.${code}.${field}`, was[field], typed[field], stored[field]);
  }
  return { draft: { lang: theirs.lang, indicators, budget, narratives }, conflicts };
}

/** The kept typing on top of the stored part, both in the form's language. */
export const restoreDraft = (kept: TKeptTyping<TPartDraft>, stored: TPartDraft) =>
  mergeDrafts(convertDraft(kept.base, stored.lang), convertDraft(kept.typed, stored.lang), stored);
