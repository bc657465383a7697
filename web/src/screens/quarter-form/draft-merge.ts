import type { TKeptTyping } from '../../form/kept-typing';
import { convertDraft, narrativeFields, type TIndicatorDraft, type TPartDraft } from './part-draft';

/**
 * A field typed here that was also changed elsewhere since: what is stored there now, and the
 * draft with that stored value taken instead of the typing.
 */
export type TDraftConflict = {
  path: string;
  theirs: string | boolean;
  takeStored: (draft: TPartDraft) => TPartDraft;
};

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
    [was, typed, stored]: [V | undefined, V, V],
    takeStored: TDraftConflict['takeStored'],
  ): V => {
    if (typed === was || typed === stored) return stored;
    if (stored !== was && stored !== undefined) conflicts.push({ path, theirs: stored, takeStored });
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
    for (const [field, shownAt] of indicatorFields) {
      // A figure taken from the stored part comes with the stored confirmation of it.
      const confirmation = shownAt === 'explanation' ? {} : { confirmedFigure: stored.confirmedFigure };
      const takeStored = (draft: TPartDraft): TPartDraft => {
        const now = draft.indicators[id];
        const taken = now && { ...now, [field]: stored[field], ...confirmation };
        return taken ? { ...draft, indicators: { ...draft.indicators, [id]: taken } } : draft;
      };
      const path = `indicators.${id}.${shownAt}`;
      Object.assign(merged, { [field]: pick(path, [was[field], typed[field], stored[field]], takeStored) });
    }
    // The confirmation belongs to the figure it confirmed: it follows whichever value was kept.
    const keptTyped = merged.value === typed.value && merged.numerator === typed.numerator;
    merged.confirmedFigure = keptTyped ? typed.confirmedFigure : stored.confirmedFigure;
    indicators[id] = merged;
  }
  const budget: Record<string, string> = {};
  for (const [code, stored] of Object.entries(theirs.budget))
    budget[code] = pick(
      `activities.${code}.amount`,
      [base.budget[code], mine.budget[code] ?? stored, stored],
      (draft) => ({ ...draft, budget: { ...draft.budget, [code]: stored } }),
    );
  const narratives: TPartDraft['narratives'] = {};
  for (const [code, stored] of Object.entries(theirs.narratives)) {
    const typed = mine.narratives[code] ?? stored;
    const was = base.narratives[code] ?? stored;
    narratives[code] = { ...stored };
    for (const field of narrativeFields)
      narratives[code][field] = pick(
        `narratives.${code}.${field}`,
        [was[field], typed[field], stored[field]],
        (draft) => {
          const now = draft.narratives[code];
          return now
            ? { ...draft, narratives: { ...draft.narratives, [code]: { ...now, [field]: stored[field] } } }
            : draft;
        },
      );
  }
  return { draft: { lang: theirs.lang, indicators, budget, narratives }, conflicts };
}

/** The kept typing on top of the stored part, both in the form's language. */
export const restoreDraft = (kept: TKeptTyping<TPartDraft>, stored: TPartDraft) =>
  mergeDrafts(convertDraft(kept.base, stored.lang), convertDraft(kept.typed, stored.lang), stored);
