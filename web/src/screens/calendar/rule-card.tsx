import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { calendarMessages } from '../../../../shared/messages/calendar';
import { type TDeadlineRule, ZDeadlineRuleSchema } from '../../../../shared/model/calendar';
import { zodLocaleError } from '../../../../shared/zod-locale';
import { api, ok } from '../../api/client';
import { useAgency } from '../../app/agency';
import { Card } from '../../components/card';
import { DoneNotice } from '../../components/done-notice';
import { ErrorMessage } from '../../components/error-message';
import { Field } from '../../components/field';
import { fieldProps } from '../../form/form-issues';
import { useMessages } from '../../i18n/i18n';
import type { TCalendarView } from './calendar-types';

/** The region's rule: quarters are due so many working days after they end (its Perbup). */
export function RuleCard({ calendar, editable }: { calendar: TCalendarView; editable: boolean }) {
  const m = useMessages(calendarMessages).screen;
  const { rule } = calendar;
  const { agency } = useAgency();
  const id = useId();
  const queryClient = useQueryClient();
  const form = useForm<TDeadlineRule>({
    defaultValues: { workingDays: rule.workingDays, decree: rule.decree ?? '' },
    resolver: zodResolver(ZDeadlineRuleSchema, { error: zodLocaleError }),
  });
  // Every agency of the region moves with it: all their answers are read again.
  const save = useMutation({
    mutationFn: (entry: TDeadlineRule) =>
      ok(
        api.regions[':regionId']['deadline-rule'].$put({
          param: { regionId: agency.regionId },
          json: { ...entry, decree: entry.decree || undefined, revision: rule.revision },
        }),
      ),
    onSuccess: ({ rule: saved }) => {
      form.reset({ workingDays: saved.workingDays, decree: saved.decree ?? '' });
      void queryClient.invalidateQueries({ queryKey: ['agency'] });
    },
  });
  const field = fieldProps<keyof TDeadlineRule>(id, form.formState.errors);
  return (
    <Card title={m.ruleTitle}>
      <p>
        {m.ruleText(rule.workingDays)} {rule.decree ? m.ruleDecree(rule.decree) : m.ruleDefault}
      </p>
      {editable && (
        <form className="inline-form" onSubmit={form.handleSubmit((entry) => save.mutate(entry))} noValidate>
          <Field
            {...field('workingDays')}
            label={m.workingDays}
            type="number"
            min={1}
            max={30}
            inputMode="numeric"
            {...form.register('workingDays', { valueAsNumber: true })}
          />
          <Field {...field('decree')} label={m.decree} hint={m.ruleDecreeHint} {...form.register('decree')} />
          <button type="submit" disabled={save.isPending}>
            {m.saveRule}
          </button>
        </form>
      )}
      <ErrorMessage error={save.error} />
      {save.data && (
        <DoneNotice>
          <p>{m.moved(save.data.moved)}</p>
        </DoneNotice>
      )}
    </Card>
  );
}
