import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { utcOffsets } from '../../../../shared/calendar/due-date';
import { zoneAbbreviations } from '../../../../shared/calendar/format-date';
import { commonMessages } from '../../../../shared/messages/common';
import { dateEntryMessages } from '../../../../shared/messages/web/date-entry';
import { settingsMessages } from '../../../../shared/messages/web/settings';
import { localDate, localHour } from '../../../../shared/reminders/local-day';
import { api, ok } from '../../api/client';
import { queries, yearKey } from '../../api/queries';
import { useAgency } from '../../app/agency';
import { ErrorMessage } from '../../components/error-message';
import { FieldError } from '../../components/field-error';
import { Loaded } from '../../components/loaded';
import { dayText, parseDayText, parseTimeText, timeText } from '../../form/date-input';
import { useLanguage, useMessages } from '../../i18n/i18n';

/**
 * The planner sets each quarter's due date, typed as text in the agency's local time and the
 * Indonesian day order (10/04/2026, 23.59) whatever the browser's language.
 */
export function DueDates({ year, editable }: { year: number; editable: boolean }) {
  const m = useMessages(settingsMessages);
  const common = useMessages(commonMessages);
  const entry = useMessages(dateEntryMessages);
  const { lang } = useLanguage();
  const [tried, setTried] = useState<Record<number, boolean>>({});
  const { agency, fmt } = useAgency();
  const queryClient = useQueryClient();
  const quarters = useQuery(queries.quarters(agency.id, year));
  const [edits, setEdits] = useState<Record<number, { date: string; time: string }>>({});
  const offset = utcOffsets[agency.timeZone];
  // A due date moves the year's deadlines: its quarters, dashboard and reminders' standing.
  const save = useMutation({
    mutationFn: (due: { quarter: number; revision: number; date: string; time: string }) =>
      ok(
        api.agencies[':agencyId'].years[':year'].quarters[':quarter']['due-date'].$put({
          param: { agencyId: agency.id, year: String(year), quarter: String(due.quarter) },
          json: { revision: due.revision, dueAt: `${due.date}T${due.time}:00${offset}` },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: yearKey(agency.id, year) }),
  });
  return (
    <Loaded query={quarters}>
      {(data) => (
        <>
          <p className="field-hint">{m.dueHint(zoneAbbreviations[agency.timeZone])}</p>
          <ErrorMessage error={save.error} />
          <table className="data-table">
            <tbody>
              {data.quarters.map((q) => {
                const hour = String(localHour(q.dueAt, agency.timeZone)).padStart(2, '0');
                const minute = new Date(q.dueAt).getUTCMinutes().toString().padStart(2, '0');
                const value = edits[q.quarter] ?? {
                  date: dayText(localDate(q.dueAt, agency.timeZone)),
                  time: timeText(`${hour}:${minute}`, lang),
                };
                const set = (change: Partial<typeof value>) =>
                  setEdits((e) => ({ ...e, [q.quarter]: { ...value, ...change } }));
                const day = parseDayText(value.date);
                const time = parseTimeText(value.time);
                const dayErrors = tried[q.quarter] && !day ? [entry.invalidDay] : [];
                const timeErrors = tried[q.quarter] && !time ? [entry.invalidTime] : [];
                return (
                  <tr key={q.quarter}>
                    <th scope="row">{common.quarterName(q.quarter)}</th>
                    <td>{fmt.dateTime(q.dueAt)}</td>
                    {editable && q.state === 'open' && (
                      <td className="inline-form">
                        <label htmlFor={`due-${q.quarter}`}>{m.dueDate}</label>
                        <input
                          id={`due-${q.quarter}`}
                          className="date-text"
                          inputMode="numeric"
                          autoComplete="off"
                          placeholder={entry.dayPattern}
                          value={value.date}
                          aria-invalid={dayErrors.length > 0}
                          aria-describedby={dayErrors.length ? `due-${q.quarter}-error` : undefined}
                          onChange={(e) => set({ date: e.target.value })}
                        />
                        <label htmlFor={`due-time-${q.quarter}`}>{m.dueTime}</label>
                        <input
                          id={`due-time-${q.quarter}`}
                          className="time-text"
                          inputMode="numeric"
                          autoComplete="off"
                          placeholder={entry.timePattern}
                          value={value.time}
                          aria-invalid={timeErrors.length > 0}
                          aria-describedby={timeErrors.length ? `due-time-${q.quarter}-error` : undefined}
                          onChange={(e) => set({ time: e.target.value })}
                        />
                        <button
                          type="button"
                          className="small"
                          onClick={() => {
                            setTried((t) => ({ ...t, [q.quarter]: true }));
                            if (day && time)
                              save.mutate({ quarter: q.quarter, revision: q.revision, date: day, time });
                          }}
                        >
                          {m.saveDue}
                        </button>
                        <FieldError id={`due-${q.quarter}-error`} messages={dayErrors} />
                        <FieldError id={`due-time-${q.quarter}-error`} messages={timeErrors} />
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
    </Loaded>
  );
}
