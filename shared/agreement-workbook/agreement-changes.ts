import * as z from 'zod';
import { diffValues } from '../diff.js';
import type { TAgreementContent } from '../model/agreement-content.js';
import { indicatorPlaces } from '../model/agreement-indicators.js';

/** One line of the preview: an owner or an indicator created, changed (which fields) or removed. */
export const ZAgreementChangeSchema = z.object({
  change: z.enum(['created', 'changed', 'removed']),
  level: z.enum(['objective', 'program', 'activity', 'indicator']),
  code: z.string(),
  name: z.string(),
  /** The fields that differ, for a change ("target", "quarterTargets.1", "budget"). */
  fields: z.array(z.string()),
});
export type TAgreementChange = z.infer<typeof ZAgreementChangeSchema>;

type TItem = { level: TAgreementChange['level']; key: string; code: string; name: string; value: unknown };

/** Objectives, programs and activities by code (their indicators apart), indicators by id. */
function items(content: TAgreementContent): TItem[] {
  const owners = (level: TItem['level'], list: { code: string; name: string; indicators: unknown[] }[]) =>
    list.map(({ indicators: _, ...owner }) => ({
      level,
      key: `${level}:${owner.code}`,
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
        key: `indicator:${indicator.id}`,
        code: indicator.code,
        name: indicator.name,
        value: indicator,
      }),
    ),
  ];
}

/** What an import would create, change and remove against the version in force (none: all created). */
export function agreementChanges(
  before: TAgreementContent | undefined,
  after: TAgreementContent,
): TAgreementChange[] {
  const old = new Map((before ? items(before) : []).map((item) => [item.key, item]));
  const now = items(after);
  const keys = new Set(now.map((item) => item.key));
  return [
    ...now.flatMap((item): TAgreementChange[] => {
      const was = old.get(item.key);
      const { level, code, name } = item;
      if (!was) return [{ change: 'created', level, code, name, fields: [] }];
      const fields = diffValues(was.value, item.value).map((d) => d.path);
      return fields.length > 0 ? [{ change: 'changed', level, code, name, fields }] : [];
    }),
    ...[...old.values()]
      .filter((item) => !keys.has(item.key))
      .map(({ level, code, name }) => ({ change: 'removed' as const, level, code, name, fields: [] })),
  ];
}
