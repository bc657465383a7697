import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { isAllowed, userChangeRefusal } from '../../../../shared/access/policy';
import { commonMessages } from '../../../../shared/messages/common';
import { onboardingMessages } from '../../../../shared/messages/region';
import { settingsMessages } from '../../../../shared/messages/web/settings';
import type { TUser } from '../../../../shared/model/organisation';
import { queries } from '../../api/queries';
import { unitName, useAgency } from '../../app/agency';
import { useUser } from '../../app/session';
import { Card } from '../../components/card';
import { DataTable } from '../../components/data-table';
import { DoneNotice } from '../../components/done-notice';
import { Loaded } from '../../components/loaded';
import { useMessages } from '../../i18n/i18n';
import { TransferForm } from '../region/transfer-form';
import { UserAccess } from './user-access';
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
  // The region admin moves a person to another agency of the region.
  const [moving, setMoving] = useState<TUser | null>(null);
  const onboarding = useMessages(onboardingMessages);
  const list = users.data?.users ?? [];
  const target = { regionId: agency.regionId, agencyId: agency.id };
  const moves = isAllowed(me, 'agencies.manage', target);
  const mayChange = (user: TUser) =>
    userChangeRefusal(me, { id: user.id, before: user.roles, after: user.roles }, target) === null;
  const onSaved = (user: TUser) => {
    setEditing(null);
    setSaved(m.saved(user.name));
  };
  return (
    <Card
      title={title}
      actions={
        editable &&
        editing === null &&
        moving === null && (
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
        )
      }
    >
      {saved && (
        <DoneNotice>
          <p>{saved}</p>
        </DoneNotice>
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
      {moving !== null && (
        <TransferForm
          key={moving.id}
          person={moving}
          onMoved={(moved) => {
            setMoving(null);
            setSaved(onboarding.moved(moved.name));
          }}
          onCancel={() => setMoving(null)}
        />
      )}
      <Loaded query={users}>
        {() =>
          list.length === 0 ? (
            <p className="muted">{m.none}</p>
          ) : (
            <DataTable
              className="users-table"
              rows={list}
              rowKey={(user) => user.id}
              rowProps={(user) => ({ 'data-user-id': user.id })}
              columns={[
                {
                  header: m.name,
                  rowHeader: true,
                  cell: (user) => (
                    <>
                      {user.name}
                      {user.disabled && (
                        <span className="badge state-returned user-disabled">{m.disabled}</span>
                      )}
                      <div className="indicator-meta">{user.email}</div>
                    </>
                  ),
                },
                { header: m.roles, cell: (user) => user.roles.map((role) => common.roles[role]).join(', ') },
                { header: m.unit, cell: (user) => (user.unitId ? unitName(units, user.unitId) : '–') },
                { header: m.language, cell: (user) => user.locale.toUpperCase() },
                { header: m.reminders, cell: (user) => (user.remindersOff ? m.remindersOff : m.remindersOn) },
                editable && {
                  header: m.edit,
                  hiddenHeader: true,
                  cell: (user) =>
                    mayChange(user) && (
                      <div className="row-actions">
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
                        <UserAccess user={user} />
                        {moves && user.id !== me.id && (
                          <button
                            type="button"
                            className="link-button"
                            aria-label={onboarding.transferTitle(user.name)}
                            onClick={() => {
                              setSaved(null);
                              setEditing(null);
                              setMoving(user);
                            }}
                          >
                            {onboarding.transfer}
                          </button>
                        )}
                      </div>
                    ),
                },
              ]}
            />
          )
        }
      </Loaded>
    </Card>
  );
}
