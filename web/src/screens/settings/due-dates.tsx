import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { utcOffsets } from '../../../../shared/calendar/due-date';
import { zoneAbbreviations } from '../../../../shared/calendar/format-date';
import { commonMessages } from '../../../../shared/messages/common';
import { localDate, localHour } from '../../../../shared/reminders/local-day';
import { api, ok } from '../../api/client';
import { queries, yearKey } from '../../api/queries';
import { useAgency } from '../../app/agency';
import { ErrorMessage } from '../../components/error-message';
import { Loaded } from '../../components/loaded';
import { useMessages } from '../../i18n/i18n';
import { settingsMessages } from './settings-messages';

/** The planner sets each quarter's due date, typed in the agency's local time. */
export function DueDates({ year, editable }: { year: number; editable: boolean }) {
  const m = useMessages(settingsMessages);
  const common = useMessages(commonMessages);
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
                  date: localDate(q.dueAt, agency.timeZone),
                  time: `${hour}:${minute}`,
                };
                const set = (change: Partial<typeof value>) =>
                  setEdits((e) => ({ ...e, [q.quarter]: { ...value, ...change } }));
                return (
                  <tr key={q.quarter}>
                    <th scope="row">{common.quarterName(q.quarter)}</th>
                    <td>{fmt.dateTime(q.dueAt)}</td>
                    {editable && q.state === 'open' && (
                      <td className="inline-form">
                        <label htmlFor={`due-${q.quarter}`}>{m.dueDate}</label>
                        <input
                          id={`due-${q.quarter}`}
                          type="date"
                          value={value.date}
                          onChange={(e) => set({ date: e.target.value })}
                        />
                        <label htmlFor={`due-time-${q.quarter}`}>{m.dueTime}</label>
                        <input
                          id={`due-time-${q.quarter}`}
                          type="time"
                          value={value.time}
                          onChange={(e) => set({ time: e.target.value })}
                        />
                        <button
                          type="button"
                          className="small"
                          onClick={() => save.mutate({ quarter: q.quarter, revision: q.revision, ...value })}
                        >
                          {m.saveDue}
                        </button>
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
