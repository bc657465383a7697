import type { UseMutationResult } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { ApiError } from '../api/api-error';
import { ErrorMessage } from './error-message';

export type ConfirmWithReasonProps = {
  /** The button that opens the form: its text, accessible name and look. */
  open: { text: string; label: string; className: string };
  /** What the reason's field asks; `required` where the record needs one. */
  reason: { label: string; required?: boolean };
  /** The button that sends: its text and look ("danger small" for what cannot be taken back lightly). */
  confirm: { text: string; className: string };
  cancel: string;
  /** Sent the reason as typed; the form closes once it succeeds. */
  mutation: UseMutationResult<unknown, ApiError, string>;
};

/**
 * A step taken on the record with a reason: a button opens a small form that asks why, then
 * confirms or cancels. The one way the web app asks for a reason before a change.
 */
export function ConfirmWithReason({ open, reason, confirm, cancel, mutation }: ConfirmWithReasonProps) {
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const [text, setText] = useState('');
  if (!confirming) {
    return (
      <button
        type="button"
        className={open.className}
        aria-label={open.label}
        onClick={() => setConfirming(true)}
      >
        {open.text}
      </button>
    );
  }
  const close = () => {
    setConfirming(false);
    setText('');
  };
  return (
    <form
      className="confirm-with-reason"
      onSubmit={(event) => {
        event.preventDefault();
        mutation.mutate(text, { onSuccess: close });
      }}
    >
      <label htmlFor={`${id}-reason`}>{reason.label}</label>
      <input
        id={`${id}-reason`}
        value={text}
        required={reason.required}
        maxLength={500}
        onChange={(e) => setText(e.target.value)}
      />
      <div className="button-row">
        <button type="submit" className={confirm.className} disabled={mutation.isPending}>
          {confirm.text}
        </button>
        <button type="button" className="secondary small" onClick={() => setConfirming(false)}>
          {cancel}
        </button>
      </div>
      <ErrorMessage error={mutation.error} />
    </form>
  );
}
