import { type UseFieldArrayReturn, useFormContext } from 'react-hook-form';
import type { z } from 'zod';
import { onboardingMessages } from '../../../../shared/messages/region';
import type { ZNewAgencySchema } from '../../../../shared/model/onboarding';
import { Field } from '../../components/field';
import { fieldProps } from '../../form/form-issues';
import { useMessages } from '../../i18n/i18n';
import { codeFollows } from './unit-code';

/** The draft of a form that lists new units: a new agency's, a restructure's. */
type TUnitsDraft = Pick<z.input<typeof ZNewAgencySchema>, 'units'>;

/**
 * The units a form adds (inside its FormProvider), a row each: name, code and kind, removable
 * while more than one is left. A code follows its name until someone types one.
 */
export function UnitRows(props: {
  formId: string;
  rows: Pick<UseFieldArrayReturn<TUnitsDraft, 'units'>, 'fields' | 'remove'>;
}) {
  const { rows } = props;
  const m = useMessages(onboardingMessages);
  const form = useFormContext<TUnitsDraft>();
  const { register, watch, formState } = form;
  const field = fieldProps(props.formId, formState.errors);
  return (
    <ol className="unit-rows">
      {rows.fields.map((row, index) => (
        <li key={row.id} className="unit-row">
          <Field
            {...field(`units.${index}.name`)}
            label={m.unitName}
            {...register(`units.${index}.name`, { onChange: codeFollows(form, `units.${index}.id`) })}
          />
          <Field {...field(`units.${index}.id`)} label={m.unitId} {...register(`units.${index}.id`)} />
          <Field {...field(`units.${index}.kind`)} label={m.unitKind}>
            {(control) => (
              <select {...control} {...register(`units.${index}.kind`)}>
                <option value="secretariat">{m.kinds.secretariat}</option>
                <option value="division">{m.kinds.division}</option>
              </select>
            )}
          </Field>
          {rows.fields.length > 1 && (
            <button
              type="button"
              className="link-button"
              aria-label={m.removeUnit(watch(`units.${index}.name`) || String(index + 1))}
              onClick={() => rows.remove(index)}
            >
              ✕
            </button>
          )}
        </li>
      ))}
    </ol>
  );
}

/** Adds a row for one more unit, a division until someone chooses otherwise. */
export function AddUnitButton({ rows }: { rows: { append: (unit: TUnitsDraft['units'][number]) => void } }) {
  const m = useMessages(onboardingMessages);
  return (
    <button
      type="button"
      className="secondary small"
      onClick={() => rows.append({ id: '', name: '', kind: 'division' })}
    >
      {m.addUnit}
    </button>
  );
}
