import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { useController, useForm } from 'react-hook-form';
import { mayGrant } from '../../../../shared/access/policy';
import { locales } from '../../../../shared/i18n';
import { commonMessages } from '../../../../shared/messages/common';
import { settingsMessages } from '../../../../shared/messages/web/settings';
import type { TRole, TUser } from '../../../../shared/model/organisation';
import { zodLocaleError } from '../../../../shared/zod-locale';
import { api, ok } from '../../api/client';
import { queries } from '../../api/queries';
import { useAgency } from '../../app/agency';
import { useUser } from '../../app/session';
import { ErrorMessage } from '../../components/error-message';
import { Field } from '../../components/field';
import { FieldError } from '../../components/field-error';
import { UnitOptions } from '../../components/unit-options';
import { fieldProps, messagesAt, placeIssues } from '../../form/form-issues';
import { useMessages } from '../../i18n/i18n';
import { RoleChoices } from './role-choices';
import {
  draftFromUser,
  emptyUserDraft,
  fieldOfIssue,
  suggestUserId,
  type TUserDraft,
  type TUserEntry,
  ZUserFormSchema,
} from './user-draft';

type TUserFormProps = {
  /** null: a new user. */
  user: TUser | null;
  takenIds: ReadonlySet<string>;
  onSaved: (user: TUser) => void;
  onCancel: () => void;
};

/**
 * Adds or changes one user, checked by the shared user schema as it is typed and sent; every
 * problem (the schema's or the API's) shows under its field.
 */
export function UserForm(props: TUserFormProps) {
  const m = useMessages(settingsMessages).users;
  const common = useMessages(commonMessages);
  const { agency } = useAgency();
  const me = useUser();
  // Roles the signed-in user may not give or take stay as they are (shared/access/policy.ts).
  const grants = (role: TRole) => mayGrant(me, role, { regionId: agency.regionId, agencyId: agency.id });
  const id = useId();
  const isNew = props.user === null;
  const form = useForm<TUserDraft, unknown, TUserEntry>({
    defaultValues: props.user ? draftFromUser(props.user) : emptyUserDraft(),
    resolver: zodResolver(ZUserFormSchema, { error: zodLocaleError }),
  });
  const { register, formState, setValue, getFieldState } = form;
  const roles = useController({ control: form.control, name: 'roles' });
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: ({ id: userId, ...body }: TUserEntry) =>
      ok(
        api.agencies[':agencyId'].users[':userId'].$put({
          param: { agencyId: agency.id, userId },
          json: body,
        }),
      ),
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: queries.users(agency.id).queryKey });
      props.onSaved(saved);
    },
    onError: (error) => placeIssues(form.setError, error.issues, fieldOfIssue),
  });
  const busy = save.isPending;
  const unplaced = (save.error?.issues ?? []).filter((issue) => fieldOfIssue(issue.path) === null);
  const field = fieldProps<keyof TUserDraft>(id, formState.errors);

  return (
    <form
      className="user-form"
      onSubmit={form.handleSubmit((entry) => save.mutate(entry))}
      noValidate
      aria-labelledby={`${id}-title`}
    >
      <h3 id={`${id}-title`}>{props.user ? m.editTitle(props.user.name) : m.addTitle}</h3>
      <div className="grid-2">
        <Field
          {...field('email')}
          label={m.email}
          hint={m.emailHint}
          type="email"
          autoComplete="off"
          {...register('email', {
            // A new user's id follows the e-mail until the planner types one.
            onChange: (event) => {
              if (isNew && !getFieldState('id').isDirty)
                setValue('id', suggestUserId(event.target.value, props.takenIds));
            },
          })}
        />
        <Field {...field('id')} label={m.id} hint={m.idHint} readOnly={!isNew} {...register('id')} />
        <Field {...field('name')} label={m.name} {...register('name')} />
        <Field {...field('rank')} label={m.rank} {...register('rank')} />
        <Field {...field('nip')} label={m.nip} inputMode="numeric" {...register('nip')} />
        <Field {...field('locale')} label={m.language}>
          {(control) => (
            <select {...control} {...register('locale')}>
              {locales.map((locale) => (
                <option key={locale} value={locale}>
                  {common.languageNames[locale]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <RoleChoices
        id={id}
        legend={m.roles}
        value={roles.field.value}
        onChange={roles.field.onChange}
        grants={grants}
        errors={messagesAt(formState.errors, 'roles')}
      />
      {roles.field.value.includes('division_head') && (
        <Field {...field('unitId')} label={m.unit} hint={m.unitHint}>
          {(control) => (
            <select {...control} {...register('unitId')}>
              <option value="">{m.noUnit}</option>
              <UnitOptions />
            </select>
          )}
        </Field>
      )}
      <div className="field">
        <label className="checkbox">
          <input type="checkbox" {...register('remindersOff')} /> {m.remindersOffLabel}
        </label>
      </div>
      <ErrorMessage error={save.error} />
      <FieldError
        id={`${id}-other-error`}
        messages={unplaced.map((issue) => `${issue.path}: ${issue.message}`)}
      />
      <div className="button-row">
        <button type="submit" disabled={busy}>
          {m.save}
        </button>
        <button type="button" className="secondary" onClick={props.onCancel} disabled={busy}>
          {m.cancel}
        </button>
      </div>
    </form>
  );
}
