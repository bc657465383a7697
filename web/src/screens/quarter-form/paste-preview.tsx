import { useEffect, useId, useRef } from 'react';
import { quarterEntryMessages } from '../../../../shared/messages/web/quarter-entry';
import { useMessages } from '../../i18n/i18n';
import type { TPastePlan } from './paste-plan';

type TPastePreviewProps = {
  plan: TPastePlan;
  onApply: () => void;
  onCancel: () => void;
};

/** Where a pasted column will go, row by row, before anything changes: a modal dialog. */
export function PastePreview({ plan, onApply, onCancel }: TPastePreviewProps) {
  const m = useMessages(quarterEntryMessages);
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="paste-preview"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId}>{m.pasteTitle(plan.lines.length + plan.leftOver)}</h2>
      <p className="field-hint">{m.pasteHint}</p>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{m.indicator}</th>
            <th scope="col">{m.pasted}</th>
          </tr>
        </thead>
        <tbody>
          {plan.lines.map((line) => (
            <tr key={line.indicatorId} className={line.readable ? undefined : 'unreadable'}>
              <th scope="row">
                <span className="code">{line.code}</span> {line.name}
              </th>
              <td>
                <span className="pasted-value">{line.texts.join(' / ')}</span>
                {!line.readable && <div className="field-error">{m.notANumber}</div>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {plan.leftOver > 0 && <p className="alert">{m.leftOver(plan.leftOver)}</p>}
      <div className="dialog-actions">
        <button type="button" onClick={onApply}>
          {m.apply}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {m.cancel}
        </button>
      </div>
    </dialog>
  );
}
