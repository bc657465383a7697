import type { ReactNode } from 'react';
import { agreementMessages } from '../../../../shared/messages/web/agreement';
import type { TAgreementContent } from '../../../../shared/model/agreement-content';
import { NameField } from '../../components/name-field';
import { useMessages } from '../../i18n/i18n';
import { inputId, ownMessages, type TContentEditor } from './content-edit';
import { removeAt } from './content-structure';

type TGroupHeaderProps = {
  editor: TContentEditor;
  /** "Program 2." — the level and code before the name. */
  label: string;
  /** The part for people ("Program 2"): its name's label, its remove button's. */
  what: string;
  /** Where the part sits ("programs.2"); its name is at `${path}.name`. */
  path: string;
  name: string;
  /** How many indicators go with the part when it is removed, asked about first. */
  indicators: number;
  aside?: ReactNode;
  level?: 'activity';
};

/**
 * The header row of an objective, program or activity: its name (an input in a draft), extras,
 * problems, and in a draft a button that removes it with its indicators once confirmed.
 */
export function GroupHeader(props: TGroupHeaderProps) {
  const { editor, path, what } = props;
  const e = useMessages(agreementMessages).edit;
  const problems = ownMessages(editor.issues, path, ['code', 'name', 'unitId', 'budget', 'programCode']);
  const nameInvalid = (editor.issues.get(`${path}.name`)?.length ?? 0) > 0;
  return (
    <tbody>
      <tr className={props.level === 'activity' ? 'group activity-group' : 'group'}>
        <th colSpan={8} scope="rowgroup">
          <span>{props.label}</span>{' '}
          {editor.editable ? (
            <NameField
              id={inputId(`${path}.name`)}
              className="group-name-input"
              aria-label={e.name(what)}
              aria-invalid={nameInvalid}
              value={props.name}
              onChange={(e) => editor.set(`${path}.name`, e.target.value)}
            />
          ) : (
            <span>{props.name}</span>
          )}
          {props.aside && <span className="group-aside"> — {props.aside}</span>}
          {editor.editable && (
            <button
              type="button"
              className="link-button remove-button"
              onClick={() => {
                if (window.confirm(e.confirmRemove(what, props.indicators)))
                  editor.change((content) => removeAt(content, path));
              }}
            >
              {e.removeWhat(what)}
            </button>
          )}
          {problems.length > 0 && (
            <div className="field-error" role="alert">
              {problems.join('; ')}
            </div>
          )}
        </th>
      </tr>
    </tbody>
  );
}

/** The row under a part's indicators with its "add" buttons; only in a draft the planner edits. */
export function GroupFooter({ editor, children }: { editor: TContentEditor; children: ReactNode }) {
  if (!editor.editable) return null;
  return (
    <tbody>
      <tr className="group-footer">
        <td colSpan={8}>
          <div className="add-buttons">{children}</div>
        </td>
      </tr>
    </tbody>
  );
}

type TAddButtonProps = {
  editor: TContentEditor;
  label: string;
  add: (content: TAgreementContent) => TAgreementContent;
  /** The new part's name ("programs.3.name"), which takes the focus once it is on the page. */
  focus: string;
  /** Under a group's indicators, or (large) at the end of a section. */
  small?: boolean;
};

/** Adds an objective, program, activity or indicator to the draft; nothing outside a draft. */
export function AddButton({ editor, label, add, focus, small }: TAddButtonProps) {
  if (!editor.editable) return null;
  return (
    <button
      type="button"
      className={small ? 'secondary small' : 'secondary'}
      onClick={() => editor.change(add, inputId(focus))}
    >
      {label}
    </button>
  );
}
