import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { FormProvider, useFieldArray, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { onboardingMessages } from '../../../../shared/messages/region';
import { type TNewAgency, ZNewAgencySchema } from '../../../../shared/model/onboarding';
import { zodLocaleError } from '../../../../shared/zod-locale';
import { api, ok } from '../../api/client';
import { queries } from '../../api/queries';
import { appPaths } from '../../app/paths';
import { Link, navigate } from '../../app/router';
import { currentPeriod } from '../../app/selection';
import { Card } from '../../components/card';
import { ErrorMessage } from '../../components/error-message';
import { Field } from '../../components/field';
import { NameField } from '../../components/name-field';
import { PageTitle } from '../../components/page-title';
import type { TScreenProps } from '../../components/screen-props';
import { fieldProps, placeIssues } from '../../form/form-issues';
import { typedOutline } from '../../form/kept-typing';
import { useKeptForm } from '../../form/use-kept-form';
import { useMessages } from '../../i18n/i18n';
import { codeFollows } from './unit-code';
import { AddUnitButton, UnitRows } from './unit-rows';

type TDraft = z.input<typeof ZNewAgencySchema>;

/** An empty optional field is absent, not an empty text the schema would refuse. */
const orNothing = (value: unknown) => (value === '' ? undefined : value);

/** A new agency half typed: only its outline is checked when it is read back. */
const typedDraft = typedOutline<TDraft>({ units: 'list', head: 'object', planner: 'object' });

const emptyDraft = (): TDraft => ({
  id: '',
  name: '',
  shortName: '',
  units: [{ id: 'sekretariat', name: 'Sekretariat', kind: 'secretariat' }],
  head: { id: '', email: '', name: '', rank: '', nip: '' },
  planner: { id: '', email: '', name: '' },
});

/**
 * The region admin's form for a new agency: its names, its units, its head and its planner,
 * checked by the schema the API applies as it is typed; the API's refusals land on their fields.
 */
export default function NewAgencyScreen({ params }: TScreenProps) {
  const regionId = params.regionId ?? '';
  const m = useMessages(onboardingMessages);
  const id = useId();
  const regions = useQuery(queries.regions());
  const region = regions.data?.regions.find((candidate) => candidate.id === regionId);
  const form = useForm<TDraft, unknown, TNewAgency>({
    defaultValues: emptyDraft(),
    resolver: zodResolver(ZNewAgencySchema, { error: zodLocaleError }),
  });
  const { register, formState } = form;
  const units = useFieldArray({ control: form.control, name: 'units' });
  const kept = useKeptForm({ form, place: `new-agency/${regionId}`, empty: emptyDraft, outline: typedDraft });
  const queryClient = useQueryClient();
  const create = useMutation({
    mutationFn: (entry: TNewAgency) =>
      ok(api.regions[':regionId'].agencies.$post({ param: { regionId }, json: entry })),
    onSuccess: ({ agency }) => {
      kept.forget();
      void queryClient.invalidateQueries({ queryKey: queries.agencies().queryKey });
      // The new agency's settings: its people, where the head and planner now stand.
      navigate(appPaths(agency.id).settings(currentPeriod(agency.timeZone).year));
    },
    onError: (error) => placeIssues(form.setError, error.issues, (path) => path),
  });
  // A problem of the list as a whole (one secretariat), not of one unit.
  const unitsProblem = formState.errors.units?.message ?? formState.errors.units?.root?.message;
  const field = fieldProps(id, formState.errors);
  const person = (who: 'head' | 'planner') => (
    <div className="grid-2">
      <Field {...field(`${who}.name`)} label={m.personName} {...register(`${who}.name`)} />
      <Field
        {...field(`${who}.email`)}
        label={m.email}
        type="email"
        autoComplete="off"
        {...register(`${who}.email`, {
          onChange: codeFollows(form, `${who}.id`, (email) => email.split('@')[0] ?? ''),
        })}
      />
      <Field {...field(`${who}.id`)} label={m.personId} {...register(`${who}.id`)} />
      {/* The planner's rank and NIP may stay empty: nothing of theirs is signed. */}
      <Field
        {...field(`${who}.rank`)}
        label={m.rank}
        {...register(`${who}.rank`, { setValueAs: orNothing })}
      />
      <Field
        {...field(`${who}.nip`)}
        label={m.nip}
        inputMode="numeric"
        {...register(`${who}.nip`, { setValueAs: orNothing })}
      />
    </div>
  );
  return (
    <main className="page narrow" id="main">
      <PageTitle title={m.newAgency} subtitle={region ? m.newAgencyHint(region.name) : undefined} />
      {kept.notice}
      <form
        className="new-agency-form"
        onSubmit={form.handleSubmit((entry) => create.mutate(entry))}
        noValidate
      >
        <Card title={m.agencyTitle}>
          {/* An agency's full name runs to 120 letters: shown whole as it is typed. */}
          <Field {...field('name')} label={m.agencyName}>
            {(control) => (
              <NameField {...control} {...register('name', { onChange: codeFollows(form, 'id') })} />
            )}
          </Field>
          <div className="grid-2">
            <Field {...field('shortName')} label={m.shortName} {...register('shortName')} />
            <Field {...field('id')} label={m.agencyId} hint={m.agencyIdHint} {...register('id')} />
          </div>
        </Card>
        <Card title={m.unitsTitle} actions={<AddUnitButton rows={units} />}>
          {unitsProblem && (
            <p className="field-error" role="alert">
              {unitsProblem}
            </p>
          )}
          <FormProvider {...form}>
            <UnitRows formId={id} rows={units} />
          </FormProvider>
        </Card>
        <Card title={m.headTitle}>
          <p className="muted small">{m.headHint}</p>
          {person('head')}
        </Card>
        <Card title={m.plannerTitle}>{person('planner')}</Card>
        <ErrorMessage error={create.error} />
        <div className="button-row">
          <button type="submit" disabled={create.isPending}>
            {m.create}
          </button>
          <Link to="/" className="button secondary">
            {m.cancel}
          </Link>
        </div>
      </form>
    </main>
  );
}
