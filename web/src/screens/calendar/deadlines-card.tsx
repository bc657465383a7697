import { useState } from 'react';
import { zoneAbbreviations } from '../../../../shared/calendar/format-date';
import { calendarMessages } from '../../../../shared/messages/calendar';
import { commonMessages } from '../../../../shared/messages/common';
import { localDate } from '../../../../shared/reminders/local-day';
import { useAgency } from '../../app/agency';
import { Card } from '../../components/card';
import { DataTable } from '../../components/data-table';
import { useMessages } from '../../i18n/i18n';
import type { TCalendarView } from './calendar-types';
import { ExtensionForm } from './extension-form';

type TDeadline = TCalendarView['quarters'][number];

/** Each quarter's deadline by the region's rule, or the extension granted, with who and why. */
export function DeadlinesCard(props: { year: number; calendar: TCalendarView; editable: boolean }) {
  const m = useMessages(calendarMessages).screen;
  const common = useMessages(commonMessages);
  const { agency, fmt } = useAgency();
  const [extending, setExtending] = useState<TDeadline | null>(null);
  const { rule, quarters } = props.calendar;
  const basis = (q: TDeadline) =>
    q.extension ? (
      <>
        {m.extended(fmt.day(q.deadline), q.extension.grantedByName, fmt.dateTime(q.extension.grantedAt))}
        <br />
        <span className="muted free-text">
          {m.reason}: {q.extension.reason}
        </span>
      </>
    ) : (
      m.byRule(rule.workingDays)
    );
  return (
    <Card title={m.deadlinesTitle}>
      <p className="field-hint">
        {m.deadlinesHint(zoneAbbreviations[agency.timeZone])} {m.nextYear(props.year + 1)}
      </p>
      <DataTable
        rows={quarters}
        rowKey={(q) => String(q.quarter)}
        rowProps={(q) => ({ 'data-quarter': String(q.quarter) })}
        columns={[
          { header: m.quarter, rowHeader: true, cell: (q) => common.quarterName(q.quarter) },
          { header: m.deadline, cell: (q) => fmt.day(localDate(q.dueAt, agency.timeZone)) },
          { header: m.basis, cell: basis },
          props.editable && {
            header: m.extend,
            hiddenHeader: true,
            cell: (q) =>
              q.state === 'open' && (
                <button type="button" className="secondary small" onClick={() => setExtending(q)}>
                  {m.extend}
                  <span className="visually-hidden"> {common.quarterName(q.quarter)}</span>
                </button>
              ),
          },
        ]}
      />
      {extending && (
        <ExtensionForm
          key={extending.quarter}
          year={props.year}
          quarter={extending}
          onDone={() => setExtending(null)}
        />
      )}
    </Card>
  );
}
