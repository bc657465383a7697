import { diffValues } from '../diff.js';
import type { TValueChange } from './audit.js';
import type { TQuarterPartContent } from './realisation.js';

type TList = 'realisations' | 'budget' | 'narratives';

/** A part's lists by what each row is of, so that a change names its indicator, activity or program. */
const keyed = (
  content: TQuarterPartContent,
): Record<string, unknown> & Record<TList, Record<string, object>> => ({
  ...content,
  realisations: Object.fromEntries(content.realisations.map(({ indicatorId, ...row }) => [indicatorId, row])),
  budget: Object.fromEntries(content.budget.map(({ activityCode, ...row }) => [activityCode, row])),
  narratives: Object.fromEntries(content.narratives.map(({ programCode, ...row }) => [programCode, row])),
});

/**
 * The values a save of a part changed, each by the indicator, activity or program it is of
 * ("realisations.<indicatorId>.value", "budget.<activityCode>.amount"), never by its place in a
 * list: the record says which figure moved, whatever order the form sent them in.
 */
export function partChanges(before: TQuarterPartContent, after: TQuarterPartContent): TValueChange[] {
  const [was, is] = [keyed(before), keyed(after)];
  // A row on one side only is an empty row on the other: each of its fields is a change of its own.
  for (const list of ['realisations', 'budget', 'narratives'] as const) {
    for (const key of Object.keys(is[list])) was[list][key] ??= {};
    for (const key of Object.keys(was[list])) is[list][key] ??= {};
  }
  return diffValues(was, is);
}
