import { TextAreaField } from '../../components/field';
import { useFieldLabel } from '../../i18n/use-field-label';
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
  const fieldLabel = useFieldLabel();
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
                label={fieldLabel(field)}
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
