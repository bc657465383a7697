import type { TAuditEvent } from '../../../../shared/model/audit';
import { quarters as allQuarters } from '../../../../shared/model/quarter';
import { api, ok } from '../../api/client';
import { useResource } from '../../api/use-resource';
import { useAgency, usePaths } from '../../app/agency';
import { historyQuery, type THistorySubject } from '../../app/paths';
import { navigate, useLocation } from '../../app/router';
import { isQuarter } from '../../app/selection';
import { ErrorMessage } from '../../components/error-message';
import { Loading } from '../../components/loading';
import { PageTitle } from '../../components/page-title';
import type { TScreenProps } from '../../components/screen-props';
import { commonMessages } from '../../i18n/common-messages';
import { useMessages } from '../../i18n/i18n';
import { historyMessages } from './history-messages';
import { Timeline } from './timeline';

type TSubject = THistorySubject;

/** Reads the subject from "?quarter=1&unitId=…", "?quarter=1" or "?version=2". */
function subjectFrom(query: URLSearchParams): TSubject {
  const version = Number(query.get('version'));
  if (Number.isInteger(version) && version > 0) return { kind: 'agreement', version };
  const quarter = Number(query.get('quarter'));
  const q = isQuarter(quarter) ? quarter : 1;
  const unitId = query.get('unitId');
  return unitId ? { kind: 'part', quarter: q, unitId } : { kind: 'quarter', quarter: q };
}

/** The audit timeline of a part, a quarter (with its parts) or an agreement version. */
export default function HistoryScreen({ params }: TScreenProps) {
  const m = useMessages(historyMessages);
  const common = useMessages(commonMessages);
  const { agency, units } = useAgency();
  const paths = usePaths();
  const { query } = useLocation();
  const year = Number(params.year);
  const subject = subjectFrom(query);
  const go = (next: TSubject) => navigate(paths.history(year, next), { replace: true });
  const events = useResource<{ events: TAuditEvent[] }>(
    `audit:${agency.id}:${year}:${historyQuery(subject)}`,
    () => loadTimeline(agency.id, year, subject),
  );
  const quarter = subject.kind === 'agreement' ? 1 : subject.quarter;
  return (
    <div className="page narrow-wide">
      <PageTitle title={`${m.title} ${year}`} />
      <div className="card filters inline-form">
        <label htmlFor="history-subject">{m.subjectLabel}</label>
        <select
          id="history-subject"
          value={subject.kind === 'part' ? `part:${subject.unitId}` : subject.kind}
          onChange={(e) => {
            const value = e.target.value;
            if (value === 'agreement') go({ kind: 'agreement', version: 1 });
            else if (value === 'quarter') go({ kind: 'quarter', quarter });
            else go({ kind: 'part', quarter, unitId: value.slice('part:'.length) });
          }}
        >
          <option value="quarter">{m.subjects.quarter}</option>
          {units.map((unit) => (
            <option key={unit.id} value={`part:${unit.id}`}>
              {m.subjects.part}: {unit.name}
            </option>
          ))}
          <option value="agreement">{m.subjects.agreement}</option>
        </select>
        {subject.kind === 'agreement' ? (
          <>
            <label htmlFor="history-version">{m.version}</label>
            <input
              id="history-version"
              type="number"
              min={1}
              value={subject.version}
              onChange={(e) => go({ kind: 'agreement', version: Math.max(1, Number(e.target.value) || 1) })}
            />
          </>
        ) : (
          <>
            <label htmlFor="history-quarter">{common.quarter}</label>
            <select
              id="history-quarter"
              value={subject.quarter}
              onChange={(e) => {
                const q = Number(e.target.value);
                if (isQuarter(q)) go({ ...subject, quarter: q });
              }}
            >
              {allQuarters.map((q) => (
                <option key={q} value={q}>
                  {common.quarterLong(q)}
                </option>
              ))}
            </select>
          </>
        )}
      </div>
      <section className="card">
        {events.error && <ErrorMessage error={events.error} onRetry={events.reload} />}
        {!events.data && !events.error && <Loading />}
        {events.data && <Timeline events={events.data.events} />}
      </section>
    </div>
  );
}

function loadTimeline(agencyId: string, year: number, subject: TSubject) {
  const param = { agencyId, year: String(year) };
  const years = api.agencies[':agencyId'].years[':year'];
  if (subject.kind === 'agreement')
    return ok(
      years.agreement.versions[':version'].audit.$get({
        param: { ...param, version: String(subject.version) },
      }),
    );
  if (subject.kind === 'part')
    return ok(
      years.quarters[':quarter'].parts[':unitId'].audit.$get({
        param: { ...param, quarter: String(subject.quarter), unitId: subject.unitId },
      }),
    );
  return ok(years.quarters[':quarter'].audit.$get({ param: { ...param, quarter: String(subject.quarter) } }));
}
