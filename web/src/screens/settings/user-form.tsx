import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { mayGrant } from '../../../../shared/access/policy';
import type { TRole, TUser } from '../../../../shared/model/organisation';
import { api, ok } from '../../api/client';
import { queries } from '../../api/queries';
import { useAgency } from '../../app/agency';
import { useUser } from '../../app/session';
import { ErrorMessage } from '../../components/error-message';
import { FieldError } from '../../components/field-error';
import { commonMessages } from '../../i18n/common-messages';
import { useMessages } from '../../i18n/i18n';
import { settingsMessages } from './settings-messages';
import {
  assignableRoles,
  draftFromUser,
  emptyUserDraft,
  fieldOfIssue,
  suggestUserId,
  type TUserDraft,
  type TUserField,
  userEntryFromDraft,
} from './user-draft';

type TUserFormProps = {
  /** null: a new user. */
  user: TUser | null;
  takenIds: ReadonlySet<string>;
  onSaved: (user: TUser) => void;
  onCancel: () => void;
};

/** Adds or changes one user; every problem the API names shows under its field. */
export function UserForm(props: TUserFormProps) {
  const m = useMessages(settingsMessages).users;
  const common = useMessages(commonMessages);
  const { agency, units } = useAgency();
  const me = useUser();
  // Roles the signed-in user may not give or take stay as they are (shared/access/policy.ts).
  const grants = (role: TRole) => mayGrant(me, role, { regionId: agency.regionId, agencyId: agency.id });
  const id = useId();
  const isNew = props.user === null;
  const [draft, setDraft] = useState<TUserDraft>(() =>
    props.user ? draftFromUser(props.user) : emptyUserDraft(),
  );
  // A new user's id follows the e-mail until the planner types one.
  const [idTouched, setIdTouched] = useState(false);
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: ({ userId, body }: ReturnType<typeof userEntryFromDraft>) =>
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
  });
  const { error } = save;
  const busy = save.isPending;
  const set = (change: Partial<TUserDraft>) => setDraft((d) => ({ ...d, ...change }));
  const problems = (field: TUserField) =>
    (error?.issues ?? []).filter((issue) => fieldOfIssue(issue.path) === field).map((issue) => issue.message);
  const unplaced = (error?.issues ?? []).filter((issue) => fieldOfIssue(issue.path) === 'other');
  const field = (name: TUserField) => ({
    id: `${id}-${name}`,
    'aria-invalid': problems(name).length > 0,
    'aria-describedby': `${id}-${name}-error`,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(userEntryFromDraft(draft));
  };

  return (
    <form className="user-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{props.user ? m.editTitle(props.user.name) : m.addTitle}</h3>
      <div className="grid-2">
        <div className="field">
          <label htmlFor={`${id}-email`}>{m.email}</label>
          <span className="field-hint">{m.emailHint}</span>
          <input
            {...field('email')}
            type="email"
            autoComplete="off"
            value={draft.email}
            onChange={(e) =>
              set({
                email: e.target.value,
                ...(isNew && !idTouched ? { id: suggestUserId(e.target.value, props.takenIds) } : {}),
              })
            }
          />
          <FieldError id={`${id}-email-error`} messages={problems('email')} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-id`}>{m.id}</label>
          <span className="field-hint">{m.idHint}</span>
          <input
            {...field('id')}
            value={draft.id}
            readOnly={!isNew}
            onChange={(e) => {
              setIdTouched(true);
              set({ id: e.target.value });
            }}
          />
          <FieldError id={`${id}-id-error`} messages={problems('id')} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-name`}>{m.name}</label>
          <input {...field('name')} value={draft.name} onChange={(e) => set({ name: e.target.value })} />
          <FieldError id={`${id}-name-error`} messages={problems('name')} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-rank`}>{m.rank}</label>
          <input {...field('rank')} value={draft.rank} onChange={(e) => set({ rank: e.target.value })} />
          <FieldError id={`${id}-rank-error`} messages={problems('rank')} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-nip`}>{m.nip}</label>
          <input
            {...field('nip')}
            inputMode="numeric"
            value={draft.nip}
            onChange={(e) => set({ nip: e.target.value })}
          />
          <FieldError id={`${id}-nip-error`} messages={problems('nip')} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-locale`}>{m.language}</label>
          <select
            id={`${id}-locale`}
            value={draft.locale}
            onChange={(e) => set({ locale: e.target.value === 'en' ? 'en' : 'id' })}
          >
            <option value="id">{m.languages.id}</option>
            <option value="en">{m.languages.en}</option>
          </select>
        </div>
      </div>
      <fieldset className="field" aria-describedby={`${id}-roles-error`}>
        <legend>{m.roles}</legend>
        <div className="checkbox-row">
          {assignableRoles.map((role) => (
            <label key={role} className="checkbox">
              <input
                type="checkbox"
                checked={draft.roles.includes(role)}
                disabled={!grants(role)}
                onChange={(e) =>
                  set({
                    roles: e.target.checked ? [...draft.roles, role] : draft.roles.filter((r) => r !== role),
                  })
                }
              />{' '}
              {common.roles[role]}
            </label>
          ))}
        </div>
        <FieldError id={`${id}-roles-error`} messages={problems('roles')} />
      </fieldset>
      {draft.roles.includes('division_head') && (
        <div className="field">
          <label htmlFor={`${id}-unitId`}>{m.unit}</label>
          <span className="field-hint">{m.unitHint}</span>
          <select {...field('unitId')} value={draft.unitId} onChange={(e) => set({ unitId: e.target.value })}>
            <option value="">{m.noUnit}</option>
            {units.map((unit) => (
              <option key={unit.id} value={unit.id}>
                {unit.name}
              </option>
            ))}
          </select>
          <FieldError id={`${id}-unitId-error`} messages={problems('unitId')} />
        </div>
      )}
      <div className="field">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={draft.remindersOff}
            onChange={(e) => set({ remindersOff: e.target.checked })}
          />{' '}
          {m.remindersOffLabel}
        </label>
      </div>
      <ErrorMessage error={error} />
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
