import { sentBackMessages } from '../../../shared/messages/web/sent-back';
import { standingSendBack, type TQuarterRecord } from '../../../shared/model/records';
import { useAgency } from '../app/agency';
import { useMessages } from '../i18n/i18n';

/**
 * Why the region's Bappeda sent the quarter back, on the quarter itself (the head's sign-off, the
 * agency's dashboard) until the head signs it off again; nothing otherwise.
 */
export function SentBackNotice({ quarter }: { quarter: TQuarterRecord }) {
  const m = useMessages(sentBackMessages);
  const { fmt } = useAgency();
  const sentBack = standingSendBack(quarter);
  if (!sentBack) return null;
  return (
    <div className="alert warning sent-back" role="note" data-sent-back={quarter.quarter}>
      <p>
        <strong>{m.title}</strong> · {m.byOn(sentBack.byName, fmt.dateTime(sentBack.at))}
      </p>
      <p className="free-text">
        <strong>{m.reason}:</strong> {sentBack.reason}
      </p>
      <p className="small">{m.next}</p>
    </div>
  );
}
