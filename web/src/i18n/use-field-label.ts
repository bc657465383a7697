import { fieldLabel } from '../../../shared/field-labels';
import { useLanguage } from './i18n';

/**
 * A field's name as the API's issues and the forms say it ("Target TW2", "Faktor pendukung"),
 * from shared/field-labels, which reads the language chosen; a switch re-renders. Its own module:
 * the field names stay out of the first screen's chunk.
 */
export function useFieldLabel(): (path: string) => string {
  useLanguage();
  return fieldLabel;
}
