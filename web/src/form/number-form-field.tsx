import { type Control, type FieldPathByValue, type FieldValues, useController } from 'react-hook-form';
import { Field } from '../components/field';
import { NumberField } from '../components/number-field';
import { messagesAt } from './form-issues';

type TNumberFormFieldProps<T extends FieldValues, Out extends FieldValues> = {
  control: Control<T, unknown, Out>;
  name: FieldPathByValue<T, number | undefined>;
  id: string;
  label: string;
};

/** A number of a form (react-hook-form), typed the language's way, with its label and problems. */
export function NumberFormField<T extends FieldValues, Out extends FieldValues>({
  control,
  name,
  id,
  label,
}: TNumberFormFieldProps<T, Out>) {
  const { field, formState } = useController({ control, name });
  return (
    <Field id={id} label={label} errors={messagesAt(formState.errors, name)}>
      {(aria) => (
        <NumberField
          {...aria}
          className="number"
          ref={field.ref}
          value={field.value ?? 0}
          disabled={field.disabled}
          onBlur={field.onBlur}
          onValue={field.onChange}
        />
      )}
    </Field>
  );
}
