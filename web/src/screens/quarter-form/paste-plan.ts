import { parseInput } from '../../form/number-input';
import { pastedRows, readPastedNumbers } from '../../form/pasted-cells';
import type { TIndicatorDraft, TPartDraft, TUnitScope } from './part-draft';

/** One row of a paste as it would land: the indicator, what its fields become, and whether it reads. */
type TPasteLine = {
  indicatorId: string;
  code: string;
  name: string;
  change: Partial<TIndicatorDraft>;
  /** The texts as they would stand in the indicator's fields, in order. */
  texts: string[];
  /** False where a cell is no number: it is still put in, marked, for the person to fix. */
  readable: boolean;
};

export type TPastePlan = {
  lines: TPasteLine[] /** Rows past the unit's last indicator, left out. */;
  leftOver: number;
};

/**
 * Where a column or block copied from a spreadsheet goes: row by row into the indicators from
 * the one pasted into, in the order the form shows them, skipping those marked "nothing to
 * report". A ratio takes a row's first two cells as its parts; any other indicator the first.
 */
export function planPaste(
  scope: TUnitScope,
  draft: TPartDraft,
  fromIndicatorId: string,
  text: string,
): TPastePlan {
  const rows = pastedRows(text);
  const start = scope.places.findIndex((place) => place.indicator.id === fromIndicatorId);
  const targets = scope.places
    .slice(Math.max(start, 0))
    .filter((place) => !draft.indicators[place.indicator.id]?.nothingToReport)
    .slice(0, rows.length);
  const firsts = readPastedNumbers(
    rows.map((row) => row[0] ?? ''),
    draft.lang,
  );
  const seconds = readPastedNumbers(
    rows.map((row) => row[1] ?? ''),
    draft.lang,
  );
  const lines = targets.map(({ indicator }, i): TPasteLine => {
    const first = firsts[i] ?? '';
    const second = seconds[i] ?? '';
    const change: Partial<TIndicatorDraft> = indicator.ratio
      ? { numerator: first, ...((rows[i]?.length ?? 0) > 1 ? { denominator: second } : {}) }
      : { value: first };
    const texts = Object.values(change).filter((value): value is string => typeof value === 'string');
    return {
      indicatorId: indicator.id,
      code: indicator.code,
      name: indicator.name,
      change,
      texts,
      readable: texts.every((t) => parseInput(t, draft.lang).kind !== 'invalid'),
    };
  });
  return { lines, leftOver: rows.length - lines.length };
}

/** The draft with a paste applied. */
export function applyPaste(draft: TPartDraft, plan: TPastePlan): TPartDraft {
  const indicators = { ...draft.indicators };
  for (const line of plan.lines) {
    const current = indicators[line.indicatorId];
    if (current) indicators[line.indicatorId] = { ...current, ...line.change };
  }
  return { ...draft, indicators };
}
