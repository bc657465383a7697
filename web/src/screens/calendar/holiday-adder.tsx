import { zodResolver } from '@hookform/resolvers/zod';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { t } from '../../../../shared/i18n';
import { calendarMessages } from '../../../../shared/messages/calendar';
import { dateEntryMessages } from '../../../../shared/messages/web/date-entry';
import { holidayKinds, type THoliday, ZHolidaySchema } from '../../../../shared/model/calendar';
import { zodLocaleError } from '../../../../shared/zod-locale';
import { Field } from '../../components/field';
import { parseDayText } from '../../form/date-input';
import { fieldProps } from '../../form/form-issues';
import { useMessages } from '../../i18n/i18n';

// The day typed the Indonesian way (dd/mm/yyyy) whatever the browser, read into the API's form.
const ZHolidayTextSchema = ZHolidaySchema.extend({
  date: z.string().transform((text, ctx) => {
    const day = parseDayText(text);
    if (day === null) ctx.addIssue({ code: 'custom', message: t(dateEntryMessages).invalidDay });
    return day ?? '';
  }),
});

/** One more day off for the list, checked as the API will check it: a date of the year, not yet listed. */
export function HolidayAdder(props: {
  year: number;
  taken: ReadonlySet<string>;
  onAdd: (holiday: THoliday) => void;
}) {
  const m = useMessages(calendarMessages);
  const dates = useMessages(dateEntryMessages);
  const id = useId();
  const form = useForm<THoliday>({
    defaultValues: { date: '', name: '', kind: 'holiday' },
    resolver: zodResolver(ZHolidayTextSchema, { error: zodLocaleError }),
  });
  const add = form.handleSubmit((holiday) => {
    if (!holiday.date.startsWith(`${props.year}-`))
      return form.setError('date', { message: m.notInYear(props.year) });
    if (props.taken.has(holiday.date)) return form.setError('date', { message: m.twice });
    props.onAdd(holiday);
    form.reset();
  });
  const field = fieldProps<keyof THoliday>(id, form.formState.errors);
  return (
    <form className="inline-form holiday-adder" onSubmit={add} noValidate>
      <Field
        {...field('date')}
        label={m.screen.date}
        hint={dates.dayPattern}
        inputMode="numeric"
        {...form.register('date')}
      />
      <Field {...field('name')} label={m.screen.name} {...form.register('name')} />
      <Field {...field('kind')} label={m.screen.kind}>
        {(control) => (
          <select {...control} {...form.register('kind')}>
            {holidayKinds.map((kind) => (
              <option key={kind} value={kind}>
                {m.screen.kinds[kind]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="submit" className="secondary">
        {m.screen.add}
      </button>
    </form>
  );
}
