import { useAgency } from '../../app/agency';
import { useMessages } from '../../i18n/i18n';
import { quarterFormMessages } from './quarter-form-messages';
import type { usePartEditor } from './use-part-editor';

/** Stays at the bottom of the screen: save state, save, submit, withdraw. */
export function SaveBar({
  editor,
  issueCount,
}: {
  editor: ReturnType<typeof usePartEditor>;
  issueCount: number;
}) {
  const m = useMessages(quarterFormMessages);
  const { fmt } = useAgency();
  const { status } = editor;
  const statusText =
    status.kind === 'saving'
      ? '…'
      : status.kind === 'failed'
        ? `${m.saveFailed}: ${status.error.message}`
        : editor.dirty
          ? m.unsaved
          : status.kind === 'saved'
            ? m.saved(fmt.dateTime(status.at))
            : '';
  return (
    <div className="sticky-actions">
      {editor.editable && (
        <>
          <button
            type="button"
            className="secondary"
            onClick={() => void editor.save()}
            disabled={status.kind === 'saving'}
          >
            {m.saveDraft}
          </button>
          <button type="button" onClick={() => void editor.submit()} disabled={status.kind === 'saving'}>
            {m.submit}
          </button>
        </>
      )}
      {editor.record.state === 'submitted' && (
        <button type="button" className="secondary" onClick={() => void editor.withdraw()}>
          {m.withdraw}
        </button>
      )}
      <span className="save-status" role="status" aria-live="polite">
        {statusText}
      </span>
      {editor.editable && editor.attempt === 0 && issueCount === 0 && (
        <span className="save-status">{m.autosaveHint}</span>
      )}
      {status.kind === 'stale' && (
        <div className="alert error" role="alert">
          <p>{m.stale}</p>
          <button type="button" className="secondary small" onClick={() => window.location.reload()}>
            {m.reload}
          </button>
        </div>
      )}
    </div>
  );
}
