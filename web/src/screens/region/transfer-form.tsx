import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { useController, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { onboardingMessages } from '../../../../shared/messages/region';
import { type TTransfer, ZTransferSchema } from '../../../../shared/model/onboarding';
import type { TUser } from '../../../../shared/model/organisation';
import { unitsOfYear } from '../../../../shared/model/unit-history';
import { zodLocaleError } from '../../../../shared/zod-locale';
import { api, ok } from '../../api/client';
import { agencyKey, queries } from '../../api/queries';
import { useAgency } from '../../app/agency';
import { currentPeriod } from '../../app/selection';
import { Field } from '../../components/field';
import { FormActions } from '../../components/form-actions';
import { UnitOptions } from '../../components/unit-options';
import { fieldProps, messagesAt, placeIssues } from '../../form/form-issues';
import { useMessages } from '../../i18n/i18n';
import { RoleChoices } from '../settings/role-choices';

type TDraft = z.input<typeof ZTransferSchema>;

/**
 * The region admin moves a person to another agency of the region, with the roles (and unit)
 * they take there. What they did here stays on this agency's record under their name.
 */
type TTransferFormProps = { person: TUser; onMoved: (moved: TUser) => void; onCancel: () => void };

export function TransferForm({ person, onMoved, onCancel }: TTransferFormProps) {
  const m = useMessages(onboardingMessages);
  const { agency } = useAgency();
  const id = useId();
  const agencies = useQuery(queries.agencies());
  const others = (agencies.data?.agencies ?? []).filter(
    (other) => other.regionId === agency.regionId && other.id !== agency.id,
  );
  const form = useForm<TDraft, unknown, TTransfer>({
    defaultValues: { toAgencyId: '', roles: person.roles.filter((role) => role !== 'admin') },
    resolver: zodResolver(ZTransferSchema, { error: zodLocaleError }),
  });
  const { register, formState, watch } = form;
  const roles = useController({ control: form.control, name: 'roles' });
  const toAgencyId = watch('toAgencyId');
  // The units the person may join there: that agency's of this year.
  const target = useQuery({ ...queries.agency(toAgencyId), enabled: toAgencyId !== '' });
  const targetUnits = target.data
    ? unitsOfYear(target.data.units, currentPeriod(target.data.agency.timeZone).year)
    : [];
  const queryClient = useQueryClient();
  const transfer = useMutation({
    mutationFn: (json: TTransfer) =>
      ok(api.users[':userId'].transfer.$post({ param: { userId: person.id }, json })),
    onSuccess: (moved, entry) => {
      for (const agencyId of [agency.id, entry.toAgencyId])
        void queryClient.invalidateQueries({ queryKey: agencyKey(agencyId) });
      onMoved(moved);
    },
    onError: (error) => placeIssues(form.setError, error.issues, (path) => path),
  });
  const field = fieldProps(id, formState.errors);
  return (
    <form
      className="transfer-form"
      onSubmit={form.handleSubmit((entry) => transfer.mutate(entry))}
      noValidate
      aria-labelledby={`${id}-title`}
    >
      <h3 id={`${id}-title`}>{m.transferTitle(person.name)}</h3>
      <p className="muted small">{m.transferHint}</p>
      <Field {...field('toAgencyId')} label={m.toAgency}>
        {(control) => (
          <select {...control} {...register('toAgencyId')}>
            <option value="">{m.chooseAgency}</option>
            {others.map((other) => (
              <option key={other.id} value={other.id}>
                {other.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <RoleChoices
        id={id}
        legend={m.rolesThere}
        value={roles.field.value}
        onChange={roles.field.onChange}
        errors={messagesAt(formState.errors, 'roles')}
      />
      {roles.field.value.includes('division_head') && (
        <Field {...field('unitId')} label={m.unitThere}>
          {(control) => (
            <select {...control} {...register('unitId', { setValueAs: (v) => v || undefined })}>
              <option value="">{m.chooseUnit}</option>
              <UnitOptions units={targetUnits} />
            </select>
          )}
        </Field>
      )}
      <Field
        {...field('reason')}
        label={m.reason}
        {...register('reason', { setValueAs: (v) => v || undefined })}
      />
      <FormActions mutation={transfer} save={m.saveTransfer} cancel={m.cancel} onCancel={onCancel} />
    </form>
  );
}
