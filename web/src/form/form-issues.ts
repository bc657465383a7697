import { type FieldErrors, type FieldValues, get, type Path, type UseFormSetError } from 'react-hook-form';
import type { TFieldIssue } from '../api/api-error';

/**
 * Puts each problem the API names on the form field it belongs to (`fieldOf` reads the API's
 * path; null where no field shows it). Editing the field checks it again and clears it.
 */
export function placeIssues<T extends FieldValues>(
  setError: UseFormSetError<T>,
  issues: readonly TFieldIssue[],
  fieldOf: (path: string) => string | null,
): void {
  let focused = false;
  for (const issue of issues) {
    const field = fieldOf(issue.path);
    // The API names a field by the path of the value it was sent, which is the form field's own.
    if (!field) continue;
    // The first field refused takes the focus, as a check in the browser gives it: the button
    // pressed was disabled while the request ran, which left the focus nowhere.
    setError(field as Path<T>, { type: 'server', message: issue.message }, { shouldFocus: !focused });
    focused = true;
  }
}

/** Every problem at a field or under it (a status band's row: its name, bound and colour). */
export function messagesAt(errors: FieldErrors, name: string): string[] {
  const collect = (node: unknown): string[] => {
    if (typeof node !== 'object' || node === null) return [];
    return Object.entries(node).flatMap(([key, value]) =>
      key === 'message'
        ? typeof value === 'string' && value
          ? [value]
          : []
        : key === 'ref'
          ? []
          : collect(value),
    );
  };
  return collect(get(errors, name));
}

/** A form's field props by name: an id unique on the page (`formId-name`) and the field's problems. */
export const fieldProps =
  <T extends string>(formId: string, errors: FieldErrors) =>
  (name: T) => ({ id: `${formId}-${name}`, errors: messagesAt(errors, name) });
