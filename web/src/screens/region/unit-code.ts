import type { FieldValues, Path, PathValue, UseFormReturn } from 'react-hook-form';

/** A code from a name: "Bidang Lalu Lintas" → "lalu-lintas" (the word "Bidang" says nothing). */
const codeOf = (name: string) =>
  name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/^bidang\s+/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63);

/**
 * A field's onChange that keeps `codeField` following what is typed (through `source`: an e-mail's
 * part before the @) until someone types a code of their own.
 */
export function codeFollows<T extends FieldValues>(
  form: Pick<UseFormReturn<T>, 'getFieldState' | 'setValue'>,
  codeField: Path<T>,
  source: (typed: string) => string = (typed) => typed,
) {
  return (event: { target: { value: string } }) => {
    if (!form.getFieldState(codeField).isDirty)
      form.setValue(codeField, codeOf(source(event.target.value)) as PathValue<T, Path<T>>);
  };
}
