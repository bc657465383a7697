import type { FieldIssue } from '../../../../shared/app-error';
import type { TAgreementContent } from '../../../../shared/model/agreement-content';
import type { TTarget } from '../../../../shared/model/indicator';

/** A copy of the content with one value replaced at a dotted path ("activities.2.budget"). */
export function setAt(content: TAgreementContent, path: string, value: unknown): TAgreementContent {
  const next = structuredClone(content);
  const keys = path.split('.');
  const last = keys.pop();
  let node: unknown = next;
  for (const key of keys) node = (node as Record<string, unknown>)[key];
  if (last !== undefined && node && typeof node === 'object') (node as Record<string, unknown>)[last] = value;
  return next;
}

/** A target with a new number, keeping its display grade ("81,57 (A)"). */
export const withValue = (target: TTarget, value: number): TTarget =>
  typeof target === 'number' ? value : { ...target, value };

/** Issues grouped by the field path they name, the API's "content." prefix removed. */
export function issuesByPath(issues: readonly FieldIssue[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const issue of issues) {
    const path = issue.path.replace(/^content\./, '');
    map.set(path, [...(map.get(path) ?? []), issue.message]);
  }
  return map;
}

/** The messages of every path at or under a prefix. */
export function messagesUnder(map: Map<string, string[]>, prefix: string): string[] {
  return [...map.entries()]
    .filter(([path]) => path === prefix || path.startsWith(`${prefix}.`))
    .flatMap(([, messages]) => messages);
}
