import { quarterFormMessages } from '../../../../shared/messages/web/quarter-form';
import { useAgency } from '../../app/agency';
import { useMessages } from '../../i18n/i18n';
import { useFieldLabel } from '../../i18n/use-field-label';
import type { TDraftConflict } from './draft-merge';
import { linkIssue } from './link-issue';
import type { TUnitScope } from './part-draft';
import type { TTypingNotice } from './use-part-editor';

/** Tells plainly what became of typing not yet saved, and what is stored elsewhere where both changed. */
export function TypingNotice({
  notice,
  scope,
  onTakeStored,
}: {
  notice: TTypingNotice | null;
  scope: TUnitScope;
  onTakeStored: (conflict: TDraftConflict) => void;
}) {
  const m = useMessages(quarterFormMessages);
  const { fmt } = useAgency();
  const fieldLabel = useFieldLabel();
  if (!notice) return null;
  if (notice.kind === 'keptForLater')
    return (
      <div className="alert warning" role="status">
        <p>{m.keptForLater}</p>
      </div>
    );
  const shown = (value: string | boolean) =>
    typeof value === 'boolean' ? (value ? m.yes : m.no) : value === '' ? m.empty : `“${value}”`;
  // A narrative's program names the place; its text's name says which of the four.
  const named = (path: string, value: string) =>
    path.startsWith('narratives.') ? `${fieldLabel(path.split('.').at(-1) ?? '')}: ${value}` : value;
  const conflicts = notice.conflicts.map((conflict) => ({
    conflict,
    ...linkIssue(
      { path: conflict.path, message: named(conflict.path, shown(conflict.theirs)) },
      scope,
      m.groups,
    ),
  }));
  return (
    <div className={`alert ${conflicts.length ? 'warning' : 'info'} typing-notice`} role="status">
      <p>
        {notice.kind === 'restored'
          ? m.restored(fmt.dateTime(notice.at))
          : m.changedElsewhere(fmt.dateTime(notice.at))}
      </p>
      {conflicts.length > 0 && (
        <>
          <p>{m.conflicts(conflicts.length)}</p>
          <ul>
            {conflicts.map((issue) => (
              <li key={`${issue.path}:${issue.message}`}>
                <a href={`#${issue.fieldId}`}>
                  {issue.label}: {issue.message}
                </a>{' '}
                <button
                  type="button"
                  className="secondary small"
                  onClick={() => onTakeStored(issue.conflict)}
                >
                  {m.takeStored}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
