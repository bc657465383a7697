import { commonMessages } from '../../../../shared/messages/common';
import { agreementMessages } from '../../../../shared/messages/web/agreement';
import type { TAgreementSummary } from '../../../../shared/model/records';
import { useAgency, usePaths } from '../../app/agency';
import { Link } from '../../app/router';
import { StateBadge } from '../../components/state-badge';
import { useMessages } from '../../i18n/i18n';

/** Every version of the year's agreement: kind, state, who signed and from which quarter it counts. */
export function VersionList(props: {
  year: number;
  versions: TAgreementSummary[];
  inForce: number | null;
  selected: number;
}) {
  const m = useMessages(agreementMessages);
  const common = useMessages(commonMessages);
  const { fmt } = useAgency();
  const paths = usePaths();
  return (
    <nav className="card version-list" aria-label={m.versions}>
      <ul>
        {props.versions.map((record) => (
          <li key={record.version}>
            <Link
              to={paths.agreement(props.year, record.version)}
              aria-current={record.version === props.selected ? 'page' : undefined}
            >
              <strong>{m.version(record.version)}</strong> · {m.kinds[record.kind]}
            </Link>{' '}
            <StateBadge kind="agreement" state={record.state} />
            {record.version === props.inForce && <span className="badge state-signed"> {m.inForce}</span>}
            <div className="muted small">
              {record.signedBy &&
                record.signedAt &&
                m.signedBy(record.signedBy.name, fmt.dateTime(record.signedAt))}
              {record.effectiveFromQuarter &&
                ` · ${m.effectiveFrom(common.quarterName(record.effectiveFromQuarter))}`}
            </div>
          </li>
        ))}
      </ul>
    </nav>
  );
}
