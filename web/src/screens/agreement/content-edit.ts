import type { FieldIssue } from '../../../../shared/app-error';
import type { TAgreementVersion } from '../../../../shared/model/agreement';
import type { TAgreementContent } from '../../../../shared/model/agreement-content';
import { checkAgreement, validateAgreementVersion } from '../../../../shared/model/agreement-rules';
import { guessNumberKind, numberKindOf } from '../../../../shared/model/figure';
import type { TIndicator, TTarget } from '../../../../shared/model/indicator';
import type { TUnit } from '../../../../shared/model/organisation';

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

/**
 * An indicator with a new unit. Its number kind follows the unit's name ("Orang" counts) unless
 * the planner chose another kind than the old unit's name suggested.
 */
export function withUnit<T extends TIndicator>(indicator: T, unit: string): T {
  const kind = numberKindOf(indicator);
  const followsUnit = kind === guessNumberKind(indicator.unit);
  return { ...indicator, unit, numberKind: followsUnit ? guessNumberKind(unit) : kind };
}

/** Issues grouped by the field path they name, the API's "content." prefix removed, each message once. */
export function issuesByPath(issues: readonly FieldIssue[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const issue of issues) {
    const path = issue.path.replace(/^content\./, '');
    const messages = map.get(path) ?? [];
    // The live check and the API's answer often name the same problem.
    if (!messages.includes(issue.message)) map.set(path, [...messages, issue.message]);
  }
  return map;
}

/**
 * Every problem the API would name on saving, computed live: the schema's (a new indicator's
 * blank name, a budget with decimals) and the rules across fields (targets, codes, units).
 */
export function liveAgreementIssues(agreement: TAgreementVersion, units: readonly TUnit[]): FieldIssue[] {
  const parsed = validateAgreementVersion(agreement, units);
  const all = [...(parsed.success ? [] : parsed.issues), ...checkAgreement(agreement, units)];
  const seen = new Set<string>();
  return all.filter((issue) => {
    const key = `${issue.path}|${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** What the editor's parts need: whether they edit, the issues by path, and the two kinds of change. */
export type TContentEditor = {
  editable: boolean;
  issues: Map<string, string[]>;
  /** One value at a dotted path ("activities.2.budget"). */
  set: (path: string, value: unknown) => void;
  /** An added or removed part; focus then moves to the field with `focusId` (the new part's name). */
  change: (update: (content: TAgreementContent) => TAgreementContent, focusId?: string) => void;
};

/** The id of a field's input, from its path ("programs.2.name" → "a-programs-2-name"). */
export const inputId = (path: string): string => `a-${path}`.replaceAll('.', '-');

/** The messages of exactly these fields of a part (not of its indicators). */
export const ownMessages = (map: Map<string, string[]>, path: string, fields: readonly string[]): string[] =>
  fields.flatMap((field) => map.get(`${path}.${field}`) ?? []);

/** The issues at or under a prefix, each with the rest of its path ("quarterTargets.1", "name"). */
export const issuesUnder = (
  map: Map<string, string[]>,
  prefix: string,
): { field: string; message: string }[] =>
  [...map.entries()]
    .filter(([path]) => path.startsWith(`${prefix}.`))
    .flatMap(([path, messages]) =>
      messages.map((message) => ({ field: path.slice(prefix.length + 1), message })),
    );
