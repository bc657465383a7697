import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { calendarMessages } from '../../../../shared/messages/calendar';
import { type THoliday, ZHolidaySchema } from '../../../../shared/model/calendar';
import { api, ok } from '../../api/client';
import { useAgency } from '../../app/agency';
import { Card } from '../../components/card';
import { DataTable } from '../../components/data-table';
import { DoneNotice } from '../../components/done-notice';
import { ErrorMessage } from '../../components/error-message';
import { Field } from '../../components/field';
import { useMessages } from '../../i18n/i18n';
import type { TCalendarView } from './calendar-types';
import { HolidayAdder } from './holiday-adder';

/**
 * The year's national holidays and cuti bersama. The region's administrator changes the list as
 * the decrees say (the SKB, a Keppres adding a day) and saves it whole; the open quarters whose
 * count runs through the year move to their new deadlines.
 */
export function HolidaysCard(props: {
  year: number;
  holidays: TCalendarView['holidays'];
  editable: boolean;
}) {
  const m = useMessages(calendarMessages).screen;
  const { agency, fmt } = useAgency();
  const id = useId();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [list, setList] = useState<THoliday[]>([]);
  const [decree, setDecree] = useState('');
  const startEditing = () => {
    setList(props.holidays.holidays);
    setDecree(props.holidays.decree ?? '');
    setEditing(true);
  };
  const save = useMutation({
    mutationFn: () =>
      ok(
        api.regions[':regionId'].holidays.$put({
          param: { regionId: agency.regionId },
          json: {
            revision: props.holidays.revision,
            year: props.year,
            decree: decree || undefined,
            holidays: list,
          },
        }),
      ),
    // Every agency of the region counts with these days: all their answers are read again.
    onSuccess: () => {
      setEditing(false);
      void queryClient.invalidateQueries({ queryKey: ['agency'] });
    },
  });
  const shown = editing ? list : props.holidays.holidays;
  return (
    <Card
      title={m.holidaysTitle(props.year)}
      actions={
        props.editable &&
        !editing && (
          <button type="button" className="secondary small" onClick={startEditing}>
            {m.edit}
          </button>
        )
      }
    >
      <p className="field-hint">
        {props.holidays.decree ? m.ruleDecree(props.holidays.decree) : m.noDecree}
        {props.holidays.revision === 0 && ` ${m.nationalList}`}
      </p>
      {editing && (
        <Field
          id={`${id}-decree`}
          label={m.decree}
          hint={m.holidaysDecreeHint}
          value={decree}
          onChange={(e) => setDecree(e.target.value)}
        />
      )}
      {shown.length === 0 ? (
        <p className="muted">{m.none}</p>
      ) : (
        <DataTable
          className="holidays-table"
          rows={shown}
          rowKey={(h) => h.date}
          columns={[
            { header: m.date, rowHeader: true, cell: (h) => fmt.day(h.date) },
            { header: m.name, cell: (h) => h.name },
            { header: m.kind, cell: (h) => m.kinds[h.kind] },
            editing && {
              header: m.remove,
              hiddenHeader: true,
              cell: (h) => (
                <button
                  type="button"
                  className="secondary small"
                  onClick={() => setList((all) => all.filter((other) => other.date !== h.date))}
                >
                  {m.remove}
                  <span className="visually-hidden"> {fmt.day(h.date)}</span>
                </button>
              ),
            },
          ]}
        />
      )}
      {editing && (
        <>
          <HolidayAdder
            year={props.year}
            taken={new Set(list.map((h) => h.date))}
            onAdd={(holiday) =>
              setList((all) =>
                [...all, ZHolidaySchema.parse(holiday)].sort((a, b) => a.date.localeCompare(b.date)),
              )
            }
          />
          <ErrorMessage error={save.error} />
          <div className="actions">
            <button type="button" disabled={save.isPending} onClick={() => save.mutate()}>
              {m.saveHolidays}
            </button>
            <button type="button" className="secondary" onClick={() => setEditing(false)}>
              {m.cancel}
            </button>
          </div>
        </>
      )}
      {save.data && (
        <DoneNotice>
          <p>{m.moved(save.data.moved)}</p>
        </DoneNotice>
      )}
    </Card>
  );
}
