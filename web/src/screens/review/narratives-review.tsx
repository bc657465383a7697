import { reviewMessages } from '../../../../shared/messages/web/review';
import type { TQuarterPartContent } from '../../../../shared/model/realisation';
import { useMessages } from '../../i18n/i18n';
import { useFieldLabel } from '../../i18n/use-field-label';
import { narrativeFields, type TUnitScope } from '../quarter-form/part-draft';

/** The programs' narratives as written, read-only. */
export function NarrativesReview(props: { scope: TUnitScope; content: TQuarterPartContent }) {
  const m = useMessages(reviewMessages);
  const fieldLabel = useFieldLabel();
  return (
    <>
      {props.scope.programs.map((program) => {
        const narrative = props.content.narratives.find((n) => n.programCode === program.code);
        return (
          <div key={program.code} className="narrative">
            <h3>
              <span className="code">{program.code}</span> {program.name}
            </h3>
            {narrative ? (
              <dl className="grid-2 narrative-text">
                {narrativeFields.map((field) => (
                  <div key={field}>
                    <dt>{fieldLabel(field)}</dt>
                    <dd className="free-text">{narrative[field] || '–'}</dd>
                  </div>
                ))}
              </dl>
            ) : (
              <p className="muted">{m.noNarrative}</p>
            )}
          </div>
        );
      })}
    </>
  );
}
