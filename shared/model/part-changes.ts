import { diffValues } from '../diff.js';
import type { TValueChange } from './audit.js';
import type { TQuarterPartContent } from './realisation.js';

/** A part's lists by what each row is of, so that a change names its indicator, activity or program. */
const keyed = (content: TQuarterPartContent) => ({
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
  return diffValues(keyed(before), keyed(after));
}
