import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { FormProvider, useFieldArray, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { onboardingMessages } from '../../../../shared/messages/region';
import { type TRestructure, ZRestructureSchema } from '../../../../shared/model/onboarding';
import { unitsOfYear } from '../../../../shared/model/unit-history';
import { zodLocaleError } from '../../../../shared/zod-locale';
import { api, ok } from '../../api/client';
import { agencyKey } from '../../api/queries';
import { useAgency } from '../../app/agency';
import { currentPeriod } from '../../app/selection';
import { Field } from '../../components/field';
import { FieldError } from '../../components/field-error';
import { FormActions } from '../../components/form-actions';
import { fieldProps, messagesAt, placeIssues } from '../../form/form-issues';
import { useMessages } from '../../i18n/i18n';
import { AddUnitButton, UnitRows } from './unit-rows';

type TDraft = z.input<typeof ZRestructureSchema>;

/**
 * The region admin splits or merges units from a year on: the units named end with the year
 * before, the new ones take their work over. Past years keep the units they were signed with.
 */
export function RestructureForm({ onDone }: { onDone: () => void }) {
  const m = useMessages(onboardingMessages);
  const { agency, units } = useAgency();
  const id = useId();
  const fromYear = currentPeriod(agency.timeZone).year + 1;
  const form = useForm<TDraft, unknown, TRestructure>({
    defaultValues: { fromYear, endedUnitIds: [], units: [{ id: '', name: '', kind: 'division' }] },
    resolver: zodResolver(ZRestructureSchema, { error: zodLocaleError }),
  });
  const { register, formState, watch } = form;
  const rows = useFieldArray({ control: form.control, name: 'units' });
  const queryClient = useQueryClient();
  const restructure = useMutation({
    mutationFn: (json: TRestructure) =>
      ok(api.agencies[':agencyId'].units.$post({ param: { agencyId: agency.id }, json })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: agencyKey(agency.id) });
      onDone();
    },
    onError: (error) => placeIssues(form.setError, error.issues, (path) => path),
  });
  const field = fieldProps(id, formState.errors);
  // The units that could end: those still reporting in the year the change begins.
  const endable = unitsOfYear(units, Number(watch('fromYear')) || fromYear);
  return (
    <form
      className="restructure-form"
      onSubmit={form.handleSubmit((entry) => restructure.mutate(entry))}
      noValidate
      aria-labelledby={`${id}-title`}
    >
      <h3 id={`${id}-title`}>{m.restructureTitle}</h3>
      <p className="muted small">{m.restructureHint}</p>
      <div className="grid-2">
        <Field
          {...field('fromYear')}
          label={m.fromYear}
          inputMode="numeric"
          {...register('fromYear', { valueAsNumber: true })}
        />
        <Field
          {...field('reason')}
          label={m.reason}
          {...register('reason', { setValueAs: (v) => v || undefined })}
        />
      </div>
      <fieldset className="ended-units">
        <legend>{m.endedUnits}</legend>
        {endable.map((unit) => (
          <label key={unit.id} className="checkbox">
            <input type="checkbox" value={unit.id} {...register('endedUnitIds')} /> {unit.name}
          </label>
        ))}
        <FieldError id={`${id}-endedUnitIds-error`} messages={messagesAt(formState.errors, 'endedUnitIds')} />
      </fieldset>
      <FormProvider {...form}>
        <UnitRows formId={id} rows={rows} />
      </FormProvider>
      <AddUnitButton rows={rows} />
      <FormActions mutation={restructure} save={m.saveRestructure} cancel={m.cancel} onCancel={onDone} />
    </form>
  );
}
