import { zodResolver } from '@hookform/resolvers/zod';
import type { UseMutationResult } from '@tanstack/react-query';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { zoneAbbreviations } from '../../../../shared/calendar/format-date';
import { settingsMessages } from '../../../../shared/messages/web/settings';
import type { TAgencySettings, TStoredSettings } from '../../../../shared/model/settings';
import { zodLocaleError } from '../../../../shared/zod-locale';
import type { ApiError } from '../../api/api-error';
import { useAgency } from '../../app/agency';
import { Card } from '../../components/card';
import { DataTable } from '../../components/data-table';
import { DoneNotice } from '../../components/done-notice';
import { ErrorMessage } from '../../components/error-message';
import { Field } from '../../components/field';
import { FieldError } from '../../components/field-error';
import { messagesAt, placeIssues } from '../../form/form-issues';
import { FormNumber, NumberFormField } from '../../form/number-form-field';
import { useMessages } from '../../i18n/i18n';
import { draftFromSettings, fieldOfIssue, type TSettingsDraft, ZSettingsFormSchema } from './settings-draft';

type TSettingsFormProps = {
  stored: TStoredSettings;
  editable: boolean;
  /** Kept by the screen: the form starts afresh on every new revision, the notice stays. */
  save: UseMutationResult<TStoredSettings, ApiError, { revision: number; settings: TAgencySettings }>;
};

/** Status bands, reminder days and explanation thresholds, checked by the shared settings schema. */
export function SettingsForm({ stored, editable, save }: TSettingsFormProps) {
  const m = useMessages(settingsMessages);
  const { agency } = useAgency();
  const id = useId();
  const form = useForm<TSettingsDraft, unknown, z.output<typeof ZSettingsFormSchema>>({
    defaultValues: draftFromSettings(stored),
    resolver: zodResolver(ZSettingsFormSchema, { error: zodLocaleError }),
    disabled: !editable,
  });
  const { register, control, formState } = form;
  const errorsAt = (name: string) => messagesAt(formState.errors, name);
  const submit = form.handleSubmit((settings) =>
    save.mutate(
      { revision: stored.revision, settings },
      { onError: (error) => placeIssues(form.setError, error.issues, fieldOfIssue) },
    ),
  );
  return (
    <form className="settings-form" onSubmit={submit} noValidate>
      <Card title={m.bandsTitle}>
        <DataTable
          rows={stored.statusBands.map((band, i) => ({ band, i }))}
          rowKey={({ band }) => band.id}
          columns={[
            {
              header: m.bandColor,
              cell: ({ band, i }) => (
                <input
                  type="color"
                  aria-label={`${m.bandColor} ${band.label}`}
                  {...register(`statusBands.${i}.color`)}
                />
              ),
            },
            {
              header: m.bandLabel,
              cell: ({ i }) => (
                <input aria-label={`${m.bandLabel} ${i + 1}`} {...register(`statusBands.${i}.label`)} />
              ),
            },
            {
              header: m.bandLabelEn,
              cell: ({ i }) => (
                <input aria-label={`${m.bandLabelEn} ${i + 1}`} {...register(`statusBands.${i}.labelEn`)} />
              ),
            },
            {
              header: m.bandMin,
              cell: ({ band, i }) => (
                <>
                  {band.min === undefined ? (
                    <span className="muted">{m.lastBand}</span>
                  ) : (
                    <FormNumber
                      control={control}
                      name={`statusBands.${i}.min`}
                      aria-label={`${m.bandMin} ${band.label}`}
                    />
                  )}
                  <FieldError id={`${id}-band-${i}-error`} messages={errorsAt(`statusBands.${i}`)} />
                </>
              ),
            },
          ]}
        />
      </Card>
      <section className="card grid-2" aria-labelledby="reminders-title">
        <div>
          <h2 id="reminders-title">{m.remindersTitle}</h2>
          <Field
            id="offsets"
            className="short"
            label={m.offsets}
            errors={errorsAt('reminders.offsetDays')}
            {...register('reminders.offsetDays')}
          />
          <NumberFormField
            control={control}
            name="reminders.overdueEveryDays"
            id="overdue-every"
            label={m.overdueEvery}
          />
          <NumberFormField
            control={control}
            name="reminders.sweepHour"
            id="sweep-hour"
            label={m.sweepHour(zoneAbbreviations[agency.timeZone])}
          />
        </div>
        <div>
          <h2>{m.thresholdsTitle}</h2>
          <NumberFormField control={control} name="explanationThresholds.below" id="below" label={m.below} />
          <NumberFormField control={control} name="explanationThresholds.above" id="above" label={m.above} />
        </div>
      </section>
      <ErrorMessage error={save.error} />
      {save.isSuccess && (
        <DoneNotice>
          <p>{m.saved}</p>
        </DoneNotice>
      )}
      {editable && <button type="submit">{m.save}</button>}
    </form>
  );
}
