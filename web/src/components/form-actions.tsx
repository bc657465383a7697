import type { ApiError } from '../api/api-error';
import { ErrorMessage } from './error-message';

/** The foot of a small form: what its request answered, then save and cancel. */
export function FormActions(props: {
  mutation: { error: ApiError | null; isPending: boolean };
  save: string;
  cancel: string;
  onCancel: () => void;
}) {
  return (
    <>
      <ErrorMessage error={props.mutation.error} />
      <div className="button-row">
        <button type="submit" disabled={props.mutation.isPending}>
          {props.save}
        </button>
        <button type="button" className="secondary" onClick={props.onCancel}>
          {props.cancel}
        </button>
      </div>
    </>
  );
}
