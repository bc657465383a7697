import { myTasksMessages } from '../../../../shared/messages/web/my-tasks';
import type { THomeActingNotice } from '../../../../shared/model/acting';
import { actingWords } from '../../../../shared/model/acting-standing';
import { personWords } from '../../../../shared/model/named-person';
import { useAgency } from '../../app/agency';
import { useLanguage, useMessages } from '../../i18n/i18n';

/**
 * On the home, above the tasks: the acting duties the person carries, in this agency or another
 * (Plh./Plt. of whom, until when), and who carries the person's own duty while they are away.
 * Told by the tasks' answer, names included.
 */
export function ActingNotices({ notices }: { notices: readonly THomeActingNotice[] }) {
  const m = useMessages(myTasksMessages);
  const { lang } = useLanguage();
  const { agency, fmt } = useAgency();
  const lines = notices.map(({ assignment: a, standing, side, agency: where, unit, absent, standIn }) => {
    const duty = actingWords(a, new Map(a.unitId && unit ? [[a.unitId, unit]] : []), lang);
    const title = a.agencyId === agency.id ? duty : m.inAgency(duty, where);
    const current = standing === 'current';
    if (side === 'carrying') {
      const whom = absent ?? duty;
      return current
        ? m.carrying(title, whom, fmt.day(a.until))
        : m.carryingFrom(title, whom, fmt.day(a.from), fmt.day(a.until));
    }
    const name = personWords(a.userId, standIn, lang);
    return current
      ? m.carriedBy(name, title, fmt.day(a.until))
      : m.carriedFrom(name, title, fmt.day(a.from), fmt.day(a.until));
  });
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
