import type { ComponentProps, ReactNode } from 'react';
import { FieldError } from './field-error';

type TFrameProps = {
  /** The control's id; its hint and problems hang off it (`${id}-hint`, `${id}-error`). */
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  /** The field's problems, each shown under it and read out with it. */
  errors?: readonly string[];
  className?: string;
};

/** What a control needs to be read out with its label, hint and problems. */
export type TControlProps = { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string };

const controlProps = ({ id, hint, errors = [] }: TFrameProps): TControlProps => ({
  id,
  'aria-invalid': errors.length > 0,
  'aria-describedby':
    [hint ? `${id}-hint` : '', errors.length ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined,
});

function Frame(props: TFrameProps & { children: ReactNode }) {
  const { id, hint, errors = [] } = props;
  return (
    <div className={props.className ? `field ${props.className}` : 'field'}>
      <label htmlFor={id}>{props.label}</label>
      {hint && (
        <span className="field-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {props.children}
      <FieldError id={`${id}-error`} messages={errors} />
    </div>
  );
}

type TFieldProps = TFrameProps &
  Omit<ComponentProps<'input'>, 'id' | 'children'> & {
    /** Another control than a text input (a select, a number field), given the ids and ARIA to carry. */
    children?: (control: TControlProps) => ReactNode;
  };

/**
 * One labelled field: label, hint, the control, its problems. The control is an `<input>` taking
 * the remaining props (a react-hook-form `register(...)` spreads in), unless `children` draws another.
 */
export function Field({ id, label, hint, errors, className, children, ...input }: TFieldProps) {
  const frame = { id, label, hint, errors, className };
  return (
    <Frame {...frame}>
      {children ? children(controlProps(frame)) : <input {...controlProps(frame)} {...input} />}
    </Frame>
  );
}

/** A labelled multi-line text: as Field, with a `<textarea>`. */
export function TextAreaField({
  id,
  label,
  hint,
  errors,
  className,
  ...textarea
}: TFrameProps & Omit<ComponentProps<'textarea'>, 'id'>) {
  const frame = { id, label, hint, errors, className };
  return (
    <Frame {...frame}>
      <textarea {...controlProps(frame)} {...textarea} />
    </Frame>
  );
}
