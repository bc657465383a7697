import type { ComponentProps } from 'react';
import { type Control, type FieldPathByValue, type FieldValues, useController } from 'react-hook-form';
import { Field } from '../components/field';
import { NumberField } from '../components/number-field';
import { messagesAt } from './form-issues';

type TFormNumberProps<T extends FieldValues, Out extends FieldValues> = {
  control: Control<T, unknown, Out>;
  name: FieldPathByValue<T, number | undefined>;
} & Omit<ComponentProps<typeof NumberField>, 'value' | 'onValue' | 'name'>;

/** A number of a form (react-hook-form), typed the language's way. */
export function FormNumber<T extends FieldValues, Out extends FieldValues>({
  control,
  name,
  ...input
}: TFormNumberProps<T, Out>) {
  const { field } = useController({ control, name });
  return (
    <NumberField
      className="number"
      {...input}
      ref={field.ref}
      value={field.value ?? 0}
      disabled={field.disabled}
      onBlur={field.onBlur}
      onValue={field.onChange}
    />
  );
}

/** As FormNumber, with its label and problems. */
export function NumberFormField<T extends FieldValues, Out extends FieldValues>(
  props: TFormNumberProps<T, Out> & { id: string; label: string },
) {
  const { id, label, ...number } = props;
  const { formState } = useController({ control: props.control, name: props.name });
  return (
    <Field id={id} label={label} errors={messagesAt(formState.errors, props.name)}>
      {(aria) => <FormNumber {...number} {...aria} />}
    </Field>
  );
}
