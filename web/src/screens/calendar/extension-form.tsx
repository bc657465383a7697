import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { t } from '../../../../shared/i18n';
import { calendarMessages } from '../../../../shared/messages/calendar';
import { commonMessages } from '../../../../shared/messages/common';
import { dateEntryMessages } from '../../../../shared/messages/web/date-entry';
import { ZExtensionSchema } from '../../../../shared/model/calendar';
import { zodLocaleError } from '../../../../shared/zod-locale';
import { api, ok } from '../../api/client';
import { yearKey } from '../../api/queries';
import { useAgency } from '../../app/agency';
import { ErrorMessage } from '../../components/error-message';
import { Field, TextAreaField } from '../../components/field';
import { dayText, parseDayText } from '../../form/date-input';
import { fieldProps, placeIssues } from '../../form/form-issues';
import { useMessages } from '../../i18n/i18n';
import type { TCalendarView } from './calendar-types';

// The day typed the Indonesian way (dd/mm/yyyy) whatever the browser, read into the API's form.
const ZExtensionFormSchema = z.object({
  dueDate: z.string().transform((text, ctx) => {
    const day = parseDayText(text);
    if (day === null) ctx.addIssue({ code: 'custom', message: t(dateEntryMessages).invalidDay });
    return day ?? '';
  }),
  reason: ZExtensionSchema.shape.reason,
});
type TExtensionText = z.input<typeof ZExtensionFormSchema>;
type TExtensionEntry = z.output<typeof ZExtensionFormSchema>;

/** The region's administrator gives the agency a later deadline for one open quarter, with the reason. */
export function ExtensionForm(props: {
  year: number;
  quarter: TCalendarView['quarters'][number];
  onDone: () => void;
}) {
  const m = useMessages(calendarMessages).screen;
  const dates = useMessages(dateEntryMessages);
  const common = useMessages(commonMessages);
  const { agency } = useAgency();
  const id = useId();
  const queryClient = useQueryClient();
  const extended = props.quarter.extension?.dueDate;
  const form = useForm<TExtensionText, unknown, TExtensionEntry>({
    defaultValues: { dueDate: extended ? dayText(extended) : '', reason: '' },
    resolver: zodResolver(ZExtensionFormSchema, { error: zodLocaleError }),
  });
  // The deadline moves the year's dashboard, quarters, reminders' standing and history.
  const grant = useMutation({
    mutationFn: (entry: TExtensionEntry) =>
      ok(
        api.agencies[':agencyId'].years[':year'].quarters[':quarter'].extension.$put({
          param: { agencyId: agency.id, year: String(props.year), quarter: String(props.quarter.quarter) },
          json: { ...entry, revision: props.quarter.revision },
        }),
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: yearKey(agency.id, props.year) });
      props.onDone();
    },
    onError: (error) =>
      placeIssues(form.setError, error.issues, (path) => (path in form.getValues() ? path : null)),
  });
  const field = fieldProps<keyof TExtensionText>(id, form.formState.errors);
  return (
    <form
      className="extension-form"
      onSubmit={form.handleSubmit((entry) => grant.mutate(entry))}
      noValidate
      aria-labelledby={`${id}-title`}
    >
      <h3 id={`${id}-title`}>{m.extendTitle(common.quarterName(props.quarter.quarter))}</h3>
      <ErrorMessage error={grant.error} />
      <Field
        {...field('dueDate')}
        label={m.newDueDate}
        hint={`${m.newDueDateHint} (${dates.dayPattern})`}
        inputMode="numeric"
        {...form.register('dueDate')}
      />
      <TextAreaField
        {...field('reason')}
        label={m.reason}
        hint={m.reasonHint}
        rows={2}
        {...form.register('reason')}
      />
      <div className="actions">
        <button type="submit" disabled={grant.isPending}>
          {m.grant}
        </button>
        <button type="button" className="secondary" onClick={props.onDone}>
          {m.cancel}
        </button>
      </div>
    </form>
  );
}
