import { useQuery } from '@tanstack/react-query';
import { actingWords, recordNames } from '../../../../shared/audit/change-words';
import { settingsMessages } from '../../../../shared/messages/web/settings';
import { queries } from '../../api/queries';
import { useAgency } from '../../app/agency';
import { Card } from '../../components/card';
import { DataTable } from '../../components/data-table';
import { Loaded } from '../../components/loaded';
import { useLanguage, useMessages } from '../../i18n/i18n';

/**
 * Who acted for whom (Plt./Plh.), past, present and coming: the duty, the days, the order, who
 * recorded it and who ended it early. Every reader of the agency sees it, the Inspektorat too.
 */
export function ActingSection() {
  const m = useMessages(settingsMessages).acting;
  const { lang } = useLanguage();
  const { agency, units, fmt } = useAgency();
  const acting = useQuery(queries.acting(agency.id));
  const users = useQuery(queries.users(agency.id));
  const names = recordNames({ agreements: [], units, people: users.data?.users ?? [] });
  const person = (id: string) => names.people.get(id) ?? id;
  return (
    <Card title={m.title}>
      <Loaded query={acting}>
        {({ assignments }) =>
          assignments.length === 0 ? (
            <p className="muted">{m.none}</p>
          ) : (
            <DataTable
              rows={assignments}
              rowKey={(assignment) => assignment.id}
              columns={[
                { header: m.duty, rowHeader: true, cell: (a) => actingWords(a, names, lang) },
                { header: m.person, cell: (a) => person(a.userId) },
                {
                  header: m.days,
                  cell: (a) => `${fmt.day(a.from)} – ${fmt.day(a.until)}`,
                },
                { header: m.decree, cell: (a) => a.decree ?? '–' },
                {
                  header: m.recorded,
                  cell: (a) => (
                    <>
                      {m.by(fmt.dateTime(a.createdAt), person(a.createdBy))}
                      {a.endedAt && (
                        <div className="muted">
                          {m.ended(fmt.dateTime(a.endedAt), person(a.endedBy ?? ''))}
                        </div>
                      )}
                    </>
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
