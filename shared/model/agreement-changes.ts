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
  value: Record<string, unknown>;
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
 * "objectives.0.indicators.2" read as places: hence the singular). One added or removed is one
 * change holding all its fields, so a first draft's whole content (`before` undefined: what it
 * started from) stays about as large as the agreement itself.
 */
export function agreementValueChanges(
  before: TAgreementContent | undefined,
  after: TAgreementContent,
): TValueChange[] {
  // Its code or id is in the path already.
  const keyed = (content: TAgreementContent | undefined) =>
    new Map(
      (content ? agreementItems(content) : []).map(({ level, key, value }) => {
        const { code: _code, id: _id, ...fields } = value;
        return [`${level}.${key}`, fields];
      }),
    );
  const [was, is] = [keyed(before), keyed(after)];
  return [...new Set([...was.keys(), ...is.keys()])].flatMap((path) =>
    diffValues(was.get(path) ?? null, is.get(path) ?? null, path),
  );
}
