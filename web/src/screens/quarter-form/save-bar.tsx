import { useEffect, useId, useRef } from 'react';
import { commonMessages } from '../../../../shared/messages/common';
import { quarterEntryMessages } from '../../../../shared/messages/web/quarter-entry';
import { quarterFormMessages } from '../../../../shared/messages/web/quarter-form';
import { useAgency } from '../../app/agency';
import { useMessages } from '../../i18n/i18n';
import type { usePartEditor } from './use-part-editor';

/**
 * Stays at the bottom of the screen: save state, save, submit, withdraw. While an evidence file
 * is going up, submitting waits for it, saying so; the draft still saves. A file asked for that
 * never arrived does not hold the submission, but is said beside "Kirim" not to go with it.
 */
export function SaveBar({
  editor,
  issueCount,
  uploading,
  notArrived,
}: {
  editor: ReturnType<typeof usePartEditor>;
  issueCount: number;
  uploading: boolean;
  /** Evidence asked for whose file never arrived: it is not sent with the part, and is said so beside "Kirim". */
  notArrived: number;
}) {
  const m = useMessages(quarterFormMessages);
  const entry = useMessages(quarterEntryMessages);
  const common = useMessages(commonMessages);
  const { fmt } = useAgency();
  const { status } = editor;
  const bar = useRef<HTMLDivElement>(null);
  const waitId = useId();
  const notSentId = useId();
  useClearance(bar);
  const statusText =
    status.kind === 'saving'
      ? '…'
      : status.kind === 'failed'
        ? `${m.saveFailed}: ${status.error.status === 0 ? common.networkError : status.error.message} ${m.retriesItself}`
        : editor.unreadableCount > 0
          ? entry.unreadableNotSaved(editor.unreadableCount)
          : editor.dirty
            ? m.unsaved
            : status.kind === 'saved'
              ? m.saved(fmt.dateTime(status.at))
              : '';
  return (
    <div className="sticky-actions" ref={bar}>
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
          <button
            type="button"
            onClick={() => void editor.submit()}
            disabled={status.kind === 'saving' || editor.stepping || uploading}
            aria-describedby={
              [uploading && waitId, notArrived > 0 && notSentId].filter(Boolean).join(' ') || undefined
            }
          >
            {m.submit}
          </button>
        </>
      )}
      {editor.editable && notArrived > 0 && (
        <span className="save-status not-sent" id={notSentId}>
          {m.notArrivedNotSent(notArrived)}
        </span>
      )}
      {editor.editable && uploading && (
        <span className="save-status upload-wait" id={waitId} role="status">
          {m.waitForUpload}
        </span>
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

/**
 * Keeps the page's bottom scroll padding at the bar's height, so a field that gets focus (by Tab,
 * Enter or a link from the issue list) scrolls into view above the bar instead of under it. The
 * bar's height changes with its status line and the screen's width. The browser scrolls only
 * fields wholly out of view, so one half under the bar is brought up here.
 */
function useClearance(bar: React.RefObject<HTMLDivElement | null>) {
  useEffect(() => {
    const element = bar.current;
    if (!element) return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() => {
      root.style.scrollPaddingBottom = `${element.offsetHeight + 8}px`;
    });
    observer.observe(element);
    const reveal = (event: FocusEvent) => {
      const field = event.target;
      if (!(field instanceof HTMLElement) || element.contains(field) || field === document.body) return;
      if (field.getBoundingClientRect().bottom > element.getBoundingClientRect().top)
        field.scrollIntoView({ block: 'nearest' });
    };
    document.addEventListener('focusin', reveal);
    return () => {
      observer.disconnect();
      document.removeEventListener('focusin', reveal);
      root.style.scrollPaddingBottom = '';
    };
  }, [bar]);
}
