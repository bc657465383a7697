import type { FieldIssue } from '../../../../shared/app-error';
import type { TLinkedIssue } from '../../components/issue-summary';
import { fieldId, narrativeFields, placeOf, type TUnitScope } from './part-draft';

/** A problem (or a note) at a field of the form, named by its indicator, activity or program. */
export function linkIssue(
  issue: FieldIssue,
  scope: TUnitScope,
  groups: { activity: string; program: string },
): TLinkedIssue {
  const [kind, key] = issue.path.split('.');
  const place = kind === 'indicators' && key ? placeOf(scope, key) : undefined;
  // Codes hold dots ("1.2.3"): an activity or program is found by its whole path.
  const activity = scope.activities.find((a) => issue.path === `activities.${a.code}.amount`);
  const program = scope.programs.find((p) =>
    narrativeFields.some((field) => issue.path === `narratives.${p.code}.${field}`),
  );
  const label = place
    ? `${place.indicator.code} ${place.indicator.name}`
    : activity
      ? `${groups.activity} ${activity.code} ${activity.name}`
      : program
        ? `${groups.program} ${program.code} ${program.name}`
        : '';
  return { path: issue.path, fieldId: fieldId(issue.path), label, message: issue.message };
}
