import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { mayAppoint } from '../../../../shared/access/policy';
import { settingsMessages } from '../../../../shared/messages/web/settings';
import type { TActingAssignment } from '../../../../shared/model/acting';
import { actingStanding, actingWords } from '../../../../shared/model/acting-standing';
import { api, ok } from '../../api/client';
import { queries } from '../../api/queries';
import { useAgency } from '../../app/agency';
import { useUser } from '../../app/session';
import { usePersonNames } from '../../app/use-person-names';
import { Card } from '../../components/card';
import { ConfirmWithReason } from '../../components/confirm-with-reason';
import { DataTable } from '../../components/data-table';
import { DoneNotice } from '../../components/done-notice';
import { Loaded } from '../../components/loaded';
import { useLanguage, useMessages } from '../../i18n/i18n';
import { ActingForm } from './acting-form';

const standings = ['current', 'coming', 'past'] as const;

/**
 * Who acts for whom (Plt./Plh.), in force, coming and over: the duty, the days, the order, who
 * recorded it and who ended it early. Every reader of the agency sees it, the Inspektorat too;
 * whoever appoints for a duty appoints and ends its acting officials here.
 */
export function ActingSection() {
  const m = useMessages(settingsMessages).acting;
  const { lang } = useLanguage();
  const me = useUser();
  const { agency, units, fmt } = useAgency();
  const acting = useQuery(queries.acting(agency.id));
  const users = useQuery(queries.users(agency.id));
  const [appointing, setAppointing] = useState(false);
  const [appointed, setAppointed] = useState<string | null>(null);
  const target = { regionId: agency.regionId, agencyId: agency.id };
  const appoints = mayAppoint(me, 'head', target) || mayAppoint(me, 'division_head', target);
  const unitNames = new Map(units.map((unit) => [unit.id, unit.name]));
  // Those who acted, recorded or ended, by name: from other agencies, or gone since, too.
  const person = usePersonNames(
    (acting.data?.assignments ?? []).flatMap((a) => [a.userId, a.createdBy, a.endedBy]),
  );
  const now = new Date().toISOString();
  return (
    <Card
      title={m.title}
      actions={
        appoints &&
        !appointing && (
          <button
            type="button"
            className="secondary small"
            onClick={() => {
              setAppointed(null);
              setAppointing(true);
            }}
          >
            {m.appoint}
          </button>
        )
      }
    >
      {appointed && (
        <DoneNotice>
          <p>{appointed}</p>
        </DoneNotice>
      )}
      <Loaded query={acting}>
        {({ assignments }) => (
          <>
            {appointing && users.data && (
              <ActingForm
                assignments={assignments}
                users={users.data.users}
                onAppointed={(name) => {
                  setAppointing(false);
                  setAppointed(m.appointed(name));
                }}
                onCancel={() => setAppointing(false)}
              />
            )}
            {assignments.length === 0 && <p className="muted">{m.none}</p>}
            {standings.map((standing) => {
              const rows = assignments.filter((a) => actingStanding(a, now) === standing);
              // Those over, the latest first.
              if (standing === 'past') rows.reverse();
              return (
                rows.length > 0 && (
                  <div key={standing} data-acting-standing={standing}>
                    <h3 className="acting-standing">{m.standings[standing]}</h3>
                    <DataTable
                      className="acting-table"
                      rows={rows}
                      rowKey={(assignment) => assignment.id}
                      columns={[
                        { header: m.duty, rowHeader: true, cell: (a) => actingWords(a, unitNames, lang) },
                        { header: m.person, cell: (a) => person(a.userId) },
                        { header: m.days, cell: (a) => `${fmt.day(a.from)} – ${fmt.day(a.until)}` },
                        {
                          header: m.decree,
                          cell: (a) => (
                            <>
                              {a.decree ?? '–'}
                              {a.reason && <div className="muted free-text">{a.reason}</div>}
                            </>
                          ),
                        },
                        {
                          header: m.recorded,
                          cell: (a) => (
                            <>
                              {m.by(fmt.dateTime(a.createdAt), person(a.createdBy))}
                              {a.endedAt && (
                                <div className="muted">
                                  {m.ended(fmt.dateTime(a.endedAt), person(a.endedBy ?? ''))}
                                  {a.endReason && <div className="free-text">{a.endReason}</div>}
                                </div>
                              )}
                            </>
                          ),
                        },
                        appoints &&
                          standing !== 'past' && {
                            header: m.end,
                            hiddenHeader: true,
                            cell: (a) =>
                              mayAppoint(me, a.duty, target) &&
                              a.userId !== me.id && (
                                <EndActing
                                  assignment={a}
                                  name={person(a.userId)}
                                  coming={standing === 'coming'}
                                />
                              ),
                          },
                      ]}
                    />
                  </div>
                )
              );
            })}
          </>
        )}
      </Loaded>
    </Card>
  );
}

/** Ends an appointment before its last day (or cancels one not begun), asking why, for the record. */
function EndActing(props: { assignment: TActingAssignment; name: string; coming: boolean }) {
  const m = useMessages(settingsMessages).acting;
  const { agency } = useAgency();
  const queryClient = useQueryClient();
  const end = useMutation({
    mutationFn: (reason: string) =>
      ok(
        api.agencies[':agencyId'].acting[':actingId'].end.$post({
          param: { agencyId: agency.id, actingId: props.assignment.id },
          json: { reason: reason.trim() || undefined },
        }),
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queries.acting(agency.id).queryKey }),
  });
  const text = props.coming ? m.cancelComing : m.end;
  return (
    <ConfirmWithReason
      open={{ text, label: m.endLabel(props.name), className: 'link-button' }}
      reason={{ label: m.endReason, required: true }}
      confirm={{ text: m.endConfirm, className: 'danger small' }}
      cancel={m.cancel}
      mutation={end}
    />
  );
}
