import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { userChangeRefusal } from '../../../../shared/access/policy';
import type { TUser } from '../../../../shared/model/organisation';
import { queries } from '../../api/queries';
import { unitName, useAgency } from '../../app/agency';
import { useUser } from '../../app/session';
import { Loaded } from '../../components/loaded';
import { commonMessages } from '../../i18n/common-messages';
import { useMessages } from '../../i18n/i18n';
import { settingsMessages } from './settings-messages';
import { UserForm } from './user-form';

/**
 * Who works in the agency, with their roles and units; the planner, the head and the region
 * admin add and change them, each the people whose roles they grant.
 */
export function UsersSection({ editable }: { editable: boolean }) {
  const me = useUser();
  const m = useMessages(settingsMessages).users;
  const title = useMessages(settingsMessages).usersTitle;
  const common = useMessages(commonMessages);
  const { agency, units } = useAgency();
  const users = useQuery(queries.users(agency.id));
  // null: no form; 'new': adding; a user: editing them.
  const [editing, setEditing] = useState<TUser | 'new' | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const list = users.data?.users ?? [];
  const target = { regionId: agency.regionId, agencyId: agency.id };
  const mayChange = (user: TUser) =>
    userChangeRefusal(me, { id: user.id, before: user.roles, after: user.roles }, target) === null;
  const onSaved = (user: TUser) => {
    setEditing(null);
    setSaved(m.saved(user.name));
  };
  return (
    <section className="card" aria-labelledby="users-title">
      <div className="section-head">
        <h2 id="users-title">{title}</h2>
        {editable && editing === null && (
          <button
            type="button"
            className="secondary small"
            onClick={() => {
              setSaved(null);
              setEditing('new');
            }}
          >
            {m.add}
          </button>
        )}
      </div>
      {saved && (
        <p className="alert success" role="status">
          {saved}
        </p>
      )}
      {editing !== null && (
        <UserForm
          key={editing === 'new' ? 'new' : editing.id}
          user={editing === 'new' ? null : editing}
          takenIds={new Set(list.map((user) => user.id))}
          onSaved={onSaved}
          onCancel={() => setEditing(null)}
        />
      )}
      <Loaded query={users}>
        {() =>
          list.length === 0 ? (
            <p className="muted">{m.none}</p>
          ) : (
            <div className="table-scroll">
              <table className="data-table stack-on-phone users-table">
                <thead>
                  <tr>
                    <th scope="col">{m.name}</th>
                    <th scope="col">{m.roles}</th>
                    <th scope="col">{m.unit}</th>
                    <th scope="col">{m.language}</th>
                    <th scope="col">{m.reminders}</th>
                    {editable && (
                      <th scope="col">
                        <span className="visually-hidden">{m.edit}</span>
                      </th>
                    )}
                  </tr>
                </thead>
                <tbody>
                  {list.map((user) => (
                    <tr key={user.id} data-user-id={user.id}>
                      <th scope="row" data-label={m.name}>
                        {user.name}
                        <div className="indicator-meta">{user.email}</div>
                      </th>
                      <td data-label={m.roles}>{user.roles.map((role) => common.roles[role]).join(', ')}</td>
                      <td data-label={m.unit}>{user.unitId ? unitName(units, user.unitId) : '–'}</td>
                      <td data-label={m.language}>{user.locale.toUpperCase()}</td>
                      <td data-label={m.reminders}>{user.remindersOff ? m.remindersOff : m.remindersOn}</td>
                      {editable && (
                        <td>
                          {mayChange(user) && (
                            <button
                              type="button"
                              className="link-button"
                              aria-label={`${m.edit} ${user.name}`}
                              onClick={() => {
                                setSaved(null);
                                setEditing(user);
                              }}
                            >
                              {m.edit}
                            </button>
                          )}
                        </td>
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </Loaded>
    </section>
  );
}
