import { useQuery } from '@tanstack/react-query';
import { myTasksMessages } from '../../../../shared/messages/web/my-tasks';
import type { TActingAssignment } from '../../../../shared/model/acting';
import { actingNotices } from '../../../../shared/model/acting-notices';
import { actingWords } from '../../../../shared/model/acting-standing';
import { queries } from '../../api/queries';
import { useAgency } from '../../app/agency';
import { useUser } from '../../app/session';
import { usePersonNames } from '../../app/use-person-names';
import { useLanguage, useMessages } from '../../i18n/i18n';

/**
 * On the home, above the tasks: the acting duty the person carries (Plh./Plt. of whom, until
 * when), and who carries the person's own duty while they are away.
 */
export function ActingNotices() {
  const m = useMessages(myTasksMessages);
  const { lang } = useLanguage();
  const me = useUser();
  const { agency, units, fmt } = useAgency();
  const acting = useQuery(queries.acting(agency.id));
  const { carried, carriedForMe } = actingNotices(
    me,
    acting.data?.assignments ?? [],
    new Date().toISOString(),
  );
  const users = useQuery({ ...queries.users(agency.id), enabled: carried.length + carriedForMe.length > 0 });
  const people = users.data?.users ?? [];
  const unitNames = new Map(units.map((unit) => [unit.id, unit.name]));
  const title = (a: TActingAssignment) => actingWords(a, unitNames, lang);
  // Who stands in for the person, from another agency of the region too.
  const actingName = usePersonNames(carriedForMe.map(({ assignment }) => assignment.userId));
  // Whom the acting official stands in for: the head as the agency records them, or the unit's division heads.
  const absent = (a: TActingAssignment) =>
    a.duty === 'head'
      ? agency.head.name
      : people
          .filter((p) => p.roles.includes('division_head') && p.unitId === a.unitId)
          .map((p) => p.name)
          .join(', ') || title(a);
  const lines = [
    ...carried.map(({ assignment: a, standing }) =>
      standing === 'current'
        ? m.carrying(title(a), absent(a), fmt.day(a.until))
        : m.carryingFrom(title(a), absent(a), fmt.day(a.from), fmt.day(a.until)),
    ),
    ...carriedForMe.map(({ assignment: a, standing }) => {
      const name = actingName(a.userId);
      return standing === 'current'
        ? m.carriedBy(name, title(a), fmt.day(a.until))
        : m.carriedFrom(name, title(a), fmt.day(a.from), fmt.day(a.until));
    }),
  ];
  if (lines.length === 0) return null;
  return (
    <ul className="acting-notices" data-acting-notices>
      {lines.map((line) => (
        <li key={line} className="alert info">
          {line}
        </li>
      ))}
    </ul>
  );
}
