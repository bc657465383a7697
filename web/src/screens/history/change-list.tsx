import { changeWords, type TRecordNames } from '../../../../shared/audit/change-words';
import { historyMessages } from '../../../../shared/messages/web/history';
import type { TAuditEvent } from '../../../../shared/model/audit';
import type { TTimeZone } from '../../../../shared/model/organisation';
import { useLanguage, useMessages } from '../../i18n/i18n';

/** An event's changed values, folded under their count, each in words: which field of what, before → after. */
export function ChangeList({
  event,
  names,
  timeZone,
}: {
  event: TAuditEvent;
  names: TRecordNames;
  timeZone: TTimeZone;
}) {
  const m = useMessages(historyMessages);
  const { lang } = useLanguage();
  if (event.changes.length === 0) return null;
  const omitted = event.changesOmitted ?? 0;
  return (
    <details>
      <summary>{m.changes(event.changes.length + omitted)}</summary>
      <ul className="changes">
        {event.changes.map((change) => {
          const words = changeWords(change, names, lang, timeZone, event.changes);
          return (
            <li key={change.path}>
              {words.field}: {words.before} → {words.after}
            </li>
          );
        })}
        {omitted > 0 && <li className="changes-omitted">{m.changesOmitted(omitted)}</li>}
      </ul>
    </details>
  );
}
