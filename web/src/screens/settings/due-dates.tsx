import { useState } from 'react';
import { utcOffsets } from '../../../../shared/calendar/due-date';
import { localDate, localHour } from '../../../../shared/reminders/local-day';
import { ApiError } from '../../api/api-error';
import { api, ok } from '../../api/client';
import { forget, useResource } from '../../api/use-resource';
import { useAgency } from '../../app/agency';
import { ErrorMessage } from '../../components/error-message';
import { Loading } from '../../components/loading';
import { commonMessages } from '../../i18n/common-messages';
import { zoneLabels } from '../../i18n/format';
import { useMessages } from '../../i18n/i18n';
import { settingsMessages } from './settings-messages';

/** The planner sets each quarter's due date, typed in the agency's local time. */
export function DueDates({ year, editable }: { year: number; editable: boolean }) {
  const m = useMessages(settingsMessages);
  const common = useMessages(commonMessages);
  const { agency, fmt } = useAgency();
  const param = { agencyId: agency.id, year: String(year) };
  const quarters = useResource(`quarters:${agency.id}:${year}`, () =>
    ok(api.agencies[':agencyId'].years[':year'].quarters.$get({ param })),
  );
  const [edits, setEdits] = useState<Record<number, { date: string; time: string }>>({});
  const [error, setError] = useState<ApiError | null>(null);
  if (quarters.error) return <ErrorMessage error={quarters.error} onRetry={quarters.reload} />;
  if (!quarters.data) return <Loading />;
  const offset = utcOffsets[agency.timeZone];
  const save = async (quarter: number, revision: number, value: { date: string; time: string }) => {
    setError(null);
    try {
      await ok(
        api.agencies[':agencyId'].years[':year'].quarters[':quarter']['due-date'].$put({
          param: { ...param, quarter: String(quarter) },
          json: { revision, dueAt: `${value.date}T${value.time}:00${offset}` },
        }),
      );
      forget('quarters:');
      forget('dashboard:');
      quarters.reload();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'CLIENT', String(caught)));
    }
  };
  return (
    <>
      <p className="field-hint">{m.dueHint(zoneLabels[agency.timeZone])}</p>
      {error && <ErrorMessage error={error} />}
      <table className="data-table">
        <tbody>
          {quarters.data.quarters.map((q) => {
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
                <th scope="row">{common.quarterLong(q.quarter)}</th>
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
                      onClick={() => save(q.quarter, q.revision, value)}
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
  );
}
