import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useId } from 'react';
import { useForm } from 'react-hook-form';
import { isAllowed, mayAppoint } from '../../../../shared/access/policy';
import { commonMessages } from '../../../../shared/messages/common';
import { dateEntryMessages } from '../../../../shared/messages/web/date-entry';
import { settingsMessages } from '../../../../shared/messages/web/settings';
import type { TActingAssignment, TActingOrder, TAppointablePerson } from '../../../../shared/model/acting';
import type { TUser } from '../../../../shared/model/organisation';
import { localDate } from '../../../../shared/reminders/local-day';
import { zodLocaleError } from '../../../../shared/zod-locale';
import { api, ok } from '../../api/client';
import { queries } from '../../api/queries';
import { useAgency } from '../../app/agency';
import { useUser } from '../../app/session';
import { ErrorMessage } from '../../components/error-message';
import { Field, TextAreaField } from '../../components/field';
import { UnitOptions } from '../../components/unit-options';
import { dayText } from '../../form/date-input';
import { fieldProps, placeIssues } from '../../form/form-issues';
import { useKeptForm } from '../../form/use-kept-form';
import { useMessages } from '../../i18n/i18n';
import { actingFormSchema, fieldOfIssue, type TActingDraft, ZActingDraftSchema } from './acting-draft';

type TActingFormProps = {
  assignments: readonly TActingAssignment[];
  users: readonly TUser[];
  /** Appointed: whom, by name. */
  onAppointed: (name: string) => void;
  onCancel: () => void;
};

/**
 * Appoints an acting official: the head delegates their duty (Plh.), the region admin appoints a
 * Plt. head, whoever gives the division head role a stand-in for one. The rules the API applies
 * are checked as the form is sent; what only the API knows comes back at its field.
 */
export function ActingForm(props: TActingFormProps) {
  const m = useMessages(settingsMessages).acting;
  const common = useMessages(commonMessages);
  const dates = useMessages(dateEntryMessages);
  const me = useUser();
  const { agency, units } = useAgency();
  const id = useId();
  const target = { regionId: agency.regionId, agencyId: agency.id };
  const duties = (['head', 'division_head'] as const).filter((duty) => mayAppoint(me, duty, target));
  const today = localDate(new Date().toISOString(), agency.timeZone);
  // The region admin appoints a Plt. head; the others stand in for someone away for days.
  const empty = useCallback(
    (): TActingDraft => ({
      kind: me.roles.includes('admin') ? 'plt' : 'plh',
      duty: duties[0] ?? 'head',
      unitId: '',
      userId: '',
      from: dayText(today),
      until: '',
      decree: '',
      reason: '',
    }),
    [me, duties[0], today],
  );
  const groups = usePeopleToAppoint(props.users);
  const people = groups.flatMap((group) => group.people);
  const schema = actingFormSchema({
    agency,
    unitIds: units.map((unit) => unit.id),
    at: new Date().toISOString(),
    assignments: props.assignments,
    personOf: (userId) => people.find((user) => user.id === userId),
  });
  const form = useForm<TActingDraft, unknown, TActingOrder>({
    defaultValues: empty(),
    resolver: zodResolver(schema, { error: zodLocaleError }),
  });
  const kept = useKeptForm({ form, place: `acting/${agency.id}`, empty, outline: ZActingDraftSchema });
  const queryClient = useQueryClient();
  const appoint = useMutation({
    mutationFn: (order: TActingOrder) =>
      ok(api.agencies[':agencyId'].acting.$post({ param: { agencyId: agency.id }, json: order })),
    onSuccess: (assignment) => {
      kept.forget();
      void queryClient.invalidateQueries({ queryKey: queries.acting(agency.id).queryKey });
      props.onAppointed(people.find((user) => user.id === assignment.userId)?.name ?? assignment.userId);
    },
    onError: (error) => placeIssues(form.setError, error.issues, fieldOfIssue),
  });
  const field = fieldProps<keyof TActingDraft>(id, form.formState.errors);
  const { register } = form;
  const duty = form.watch('duty');
  return (
    <form
      className="acting-form"
      onSubmit={form.handleSubmit((order) => appoint.mutate(order))}
      noValidate
      aria-labelledby={`${id}-title`}
    >
      <h3 id={`${id}-title`}>{m.formTitle}</h3>
      {kept.notice}
      <div className="grid-2">
        <Field {...field('duty')} label={m.dutyLabel}>
          {(control) => (
            <select {...control} {...register('duty')}>
              {duties.map((option) => (
                <option key={option} value={option}>
                  {common.roles[option]}
                </option>
              ))}
            </select>
          )}
        </Field>
        {duty === 'division_head' && (
          <Field {...field('unitId')} label={m.unit}>
            {(control) => (
              <select {...control} {...register('unitId')}>
                <option value="">–</option>
                <UnitOptions />
              </select>
            )}
          </Field>
        )}
        <Field {...field('kind')} label={m.kind} hint={m.kindHint}>
          {(control) => (
            <select {...control} {...register('kind')}>
              <option value="plh">{m.kinds.plh}</option>
              <option value="plt">{m.kinds.plt}</option>
            </select>
          )}
        </Field>
        <Field
          {...field('userId')}
          label={m.person}
          hint={groups.length > 1 ? m.personHintRegion : m.personHint}
        >
          {(control) => (
            <select {...control} {...register('userId')}>
              <option value="">{m.choosePerson}</option>
              {groups.map((group) => {
                const options = group.people.map((user) => (
                  <option key={user.id} value={user.id}>
                    {user.name} ({user.roles.map((role) => common.roles[role]).join(', ')})
                  </option>
                ));
                return groups.length > 1 ? (
                  <optgroup key={group.label} label={group.label}>
                    {options}
                  </optgroup>
                ) : (
                  options
                );
              })}
            </select>
          )}
        </Field>
        <Field
          {...field('from')}
          label={m.from}
          hint={m.daysHint(dates.dayPattern)}
          inputMode="numeric"
          {...register('from')}
        />
        <Field
          {...field('until')}
          label={m.until}
          hint={m.daysHint(dates.dayPattern)}
          inputMode="numeric"
          {...register('until')}
        />
        <Field {...field('decree')} label={m.decreeLabel} hint={m.decreeHint} {...register('decree')} />
      </div>
      <TextAreaField
        {...field('reason')}
        label={m.reason}
        hint={m.reasonHint}
        rows={2}
        {...register('reason')}
      />
      <ErrorMessage error={appoint.error} />
      <div className="button-row">
        <button type="submit" disabled={appoint.isPending}>
          {m.save}
        </button>
        <button type="button" className="secondary" onClick={props.onCancel} disabled={appoint.isPending}>
          {m.cancel}
        </button>
      </div>
    </form>
  );
}

/**
 * Whom an order may name, by agency: the agency's active people, and for the region admin (who
 * appoints a Plt. head, often from another office) every agency's of the region after them.
 */
function usePeopleToAppoint(users: readonly TUser[]): { label: string; people: TAppointablePerson[] }[] {
  const me = useUser();
  const { agency } = useAgency();
  const acrossRegion = isAllowed(me, 'agencies.manage', { regionId: agency.regionId, agencyId: agency.id });
  const region = useQuery({ ...queries.regionPeople(agency.regionId), enabled: acrossRegion });
  // The region lists only the active people of its agencies; the agency's own list has them all.
  const others = (region.data?.agencies ?? []).filter((other) => other.agencyId !== agency.id);
  return [
    { label: agency.shortName, users: users.filter((user) => !user.disabled) },
    ...others.map((other) => ({ label: other.shortName, users: other.users })),
  ]
    .map(({ label, users: all }) => ({ label, people: all.filter((user) => user.id !== me.id) }))
    .filter((group) => group.people.length > 0);
}
