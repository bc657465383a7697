import { stateWord, type TRecordNames } from '../../../../shared/audit/change-words';
import { commonMessages } from '../../../../shared/messages/common';
import { plausibilityMessages } from '../../../../shared/messages/plausibility';
import { historyMessages } from '../../../../shared/messages/web/history';
import { actingWords } from '../../../../shared/model/acting-standing';
import type { TAuditEvent } from '../../../../shared/model/audit';
import { implausibleText } from '../../../../shared/workflow/plausibility';
import { unitName, useAgency } from '../../app/agency';
import { useLanguage, useMessages } from '../../i18n/i18n';
import { ChangeList } from './change-list';
import { EventByline } from './event-byline';

/**
 * Audit events, newest first as the API pages them: who, when (agency time), what moved where, why, and each value
 * changed in words (the indicator, activity or person it is of; figures as the agency writes them).
 */
export function Timeline({ events, names }: { events: TAuditEvent[]; names: TRecordNames }) {
  const m = useMessages(historyMessages);
  const common = useMessages(commonMessages);
  const plausibility = useMessages(plausibilityMessages);
  const { lang } = useLanguage();
  const { agency, fmt, units } = useAgency();
  if (events.length === 0) return <p className="muted">{m.empty}</p>;
  return (
    <ol className="timeline">
      {events.map((event) => (
        <li key={event.id}>
          <div>
            <strong>{m.actions[event.action] ?? event.action}</strong>
            {event.subject.kind === 'part' && ` · ${unitName(units, event.subject.unitId)}`}
            {event.fromState && event.toState && (
              <span className="muted">
                {' '}
                ({stateWord(event.subject.kind, event.fromState, common)} →{' '}
                {stateWord(event.subject.kind, event.toState, common)})
              </span>
            )}
          </div>
          <EventByline
            event={event}
            fmt={fmt}
            words={m}
            acting={event.acting && actingWords(event.acting, names.units, lang)}
          />
          {event.confirmedFigures?.map((figure) => (
            <p key={figure.indicatorId} className="implausible">
              ⚠ {figure.indicatorCode}: {implausibleText(figure)} ({plausibility.confirmed})
            </p>
          ))}
          <ChangeList event={event} names={names} timeZone={agency.timeZone} />
        </li>
      ))}
    </ol>
  );
}
