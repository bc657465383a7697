import { type RefObject, useEffect, useRef } from 'react';

export type TLinkedIssue = { path: string; fieldId: string; label: string; message: string };

/**
 * Every problem at once, each a link that moves focus to its field. It takes focus itself when
 * it appears after a submit, so keyboard and screen-reader users land on it.
 */
export function IssueSummary(props: { title: string; issues: TLinkedIssue[]; focusKey: number }) {
  const ref: RefObject<HTMLDivElement | null> = useRef(null);
  // Focus again on each new attempt, not on each edit.
  useEffect(() => {
    if (props.focusKey > 0) ref.current?.focus();
  }, [props.focusKey]);
  if (props.issues.length === 0) return null;
  return (
    <div
      className="alert error issue-summary"
      role="alert"
      tabIndex={-1}
      ref={ref}
      aria-labelledby="issue-title"
    >
      <h2 id="issue-title">{props.title}</h2>
      <ul className="issue-list">
        {props.issues.map((issue) => (
          <li key={`${issue.path}:${issue.message}`}>
            <a href={`#${issue.fieldId}`} onClick={(event) => focusField(event, issue.fieldId)}>
              {issue.label ? `${issue.label}: ` : ''}
              {issue.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

function focusField(event: { preventDefault: () => void }, id: string) {
  const field = document.getElementById(id);
  if (!field) return;
  event.preventDefault();
  field.scrollIntoView({ block: 'center' });
  field.focus();
}
