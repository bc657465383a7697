import * as z from 'zod';
import { diffValues } from '../diff.js';
import { agreementItems, type TAgreementItem } from '../model/agreement-changes.js';
import type { TAgreementContent } from '../model/agreement-content.js';

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

/** What an import would create, change and remove against the version in force (none: all created). */
export function agreementChanges(
  before: TAgreementContent | undefined,
  after: TAgreementContent,
): TAgreementChange[] {
  const key = (item: TAgreementItem) => `${item.level}:${item.key}`;
  const old = new Map((before ? agreementItems(before) : []).map((item) => [key(item), item]));
  const now = agreementItems(after);
  const keys = new Set(now.map(key));
  return [
    ...now.flatMap((item): TAgreementChange[] => {
      const was = old.get(key(item));
      const { level, code, name } = item;
      if (!was) return [{ change: 'created', level, code, name, fields: [] }];
      const fields = diffValues(was.value, item.value).map((d) => d.path);
      return fields.length > 0 ? [{ change: 'changed', level, code, name, fields }] : [];
    }),
    ...[...old.values()]
      .filter((item) => !keys.has(key(item)))
      .map(({ level, code, name }) => ({ change: 'removed' as const, level, code, name, fields: [] })),
  ];
}
