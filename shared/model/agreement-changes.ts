import { diffValues } from '../diff.js';
import type { TAgreementContent } from './agreement-content.js';
import { indicatorPlaces } from './agreement-indicators.js';
import type { TValueChange } from './audit.js';

/** What an agreement is made of, each by what it is rather than its place in a list. */
export type TAgreementItem = {
  level: 'objective' | 'program' | 'activity' | 'indicator';
  /** Its code; an indicator's id (its code may repeat across owners). */
  key: string;
  code: string;
  name: string;
  value: object;
};

/** Objectives, programs and activities by code (their indicators apart), indicators by id. */
export function agreementItems(content: TAgreementContent): TAgreementItem[] {
  const owners = (level: TAgreementItem['level'], list: TAgreementContent['objectives' | 'programs']) =>
    list.map(({ indicators: _, ...owner }) => ({
      level,
      key: owner.code,
      code: owner.code,
      name: owner.name,
      value: owner,
    }));
  return [
    ...owners('objective', content.objectives),
    ...owners('program', content.programs),
    ...owners('activity', content.activities),
    ...indicatorPlaces({ ...content, agencyId: '', year: 2000, version: 1, kind: 'murni' }).map(
      ({ indicator }) => ({
        level: 'indicator' as const,
        key: indicator.id,
        code: indicator.code,
        name: indicator.name,
        value: indicator,
      }),
    ),
  ];
}

/**
 * The values an agreement's edit changed, each by what it is of ("objective.1.name",
 * "indicator.iku-1.target", "activity.1.2.budget"), never by its place in a list (older events'
 * "objectives.0.indicators.2" read as places: hence the singular). From nothing (`before`
 * undefined), every value of the content: what a first draft started from.
 */
export function agreementValueChanges(
  before: TAgreementContent | undefined,
  after: TAgreementContent,
): TValueChange[] {
  const keyed = (content: TAgreementContent | undefined) =>
    new Map(
      (content ? agreementItems(content) : []).map((item) => [`${item.level}.${item.key}`, item.value]),
    );
  const [was, is] = [keyed(before), keyed(after)];
  // One on one side only is an empty one on the other: each of its fields is a change of its own.
  return [...new Set([...was.keys(), ...is.keys()])].flatMap((path) =>
    diffValues(was.get(path) ?? {}, is.get(path) ?? {}, path),
  );
}
