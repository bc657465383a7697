import type { TAuditEvent } from '../../../../shared/model/audit';
import type { formatters } from '../../i18n/format';

/**
 * Who recorded an event and when (in the given time zone's formatting), in which acting capacity
 * (Plt./Plh.) if any, and why, if they said.
 */
export function EventByline({
  event,
  fmt,
  words,
  acting,
}: {
  event: TAuditEvent;
  fmt: ReturnType<typeof formatters>;
  words: { by: (name: string) => string; reason: string };
  /** "Plh. Kepala Dinas", where the actor took the step as an acting official. */
  acting?: string;
}) {
  return (
    <>
      <div className="when">
        <time dateTime={event.at}>{fmt.dateTime(event.at)}</time> · {words.by(event.actorName)}
        {acting && ` (${acting})`}
      </div>
      {event.reason && (
        <p className="event-reason free-text">
          {words.reason}: {event.reason}
        </p>
      )}
    </>
  );
}
