import { quarterFormMessages } from '../../../../shared/messages/web/quarter-form';
import { TextAreaField } from '../../components/field';
import { useMessages } from '../../i18n/i18n';
import {
  fieldId,
  narrativeFields,
  type TNarrativeField,
  type TPartDraft,
  type TUnitScope,
} from './part-draft';

type TNarrativeSectionProps = {
  scope: TUnitScope;
  draft: TPartDraft;
  editable: boolean;
  onChange: (programCode: string, field: TNarrativeField, text: string) => void;
};

/** Per program: activities carried out, supporting factors, obstacles, actions taken. */
export function NarrativeSection(props: TNarrativeSectionProps) {
  const m = useMessages(quarterFormMessages);
  return (
    <>
      {props.scope.programs.map((program) => (
        <fieldset key={program.code} className="narrative">
          <legend>
            <span className="code">{program.code}</span> {program.name}
          </legend>
          <div className="grid-2">
            {narrativeFields.map((field) => (
              <TextAreaField
                key={field}
                id={fieldId(`narratives.${program.code}.${field}`)}
                label={m.narrativeFields[field]}
                rows={3}
                value={props.draft.narratives[program.code]?.[field] ?? ''}
                disabled={!props.editable}
                onChange={(e) => props.onChange(program.code, field, e.target.value)}
              />
            ))}
          </div>
        </fieldset>
      ))}
    </>
  );
}
