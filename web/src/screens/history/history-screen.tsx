import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { peopleNamedIn, recordNames } from '../../../../shared/audit/change-words';
import { commonMessages } from '../../../../shared/messages/common';
import { agreementMessages } from '../../../../shared/messages/web/agreement';
import { historyMessages } from '../../../../shared/messages/web/history';
import { api, ok } from '../../api/client';
import { queries } from '../../api/queries';
import { useAgency, usePaths } from '../../app/agency';
import type { THistorySubject } from '../../app/paths';
import { navigate, useLocation } from '../../app/router';
import { isQuarter } from '../../app/selection';
import { usePersonNames } from '../../app/use-person-names';
import { LoadMore } from '../../components/load-more';
import { Loaded } from '../../components/loaded';
import { PageTitle } from '../../components/page-title';
import { QuarterOptions } from '../../components/quarter-options';
import type { TScreenProps } from '../../components/screen-props';
import { useMessages } from '../../i18n/i18n';
import { SheetDownload } from '../../workbook/sheet-download';
import { Timeline } from './timeline';

type TSubject = THistorySubject;

/** Reads the subject from "?quarter=1&unitId=…", "?quarter=1", "?version=2" or "?subject=settings". */
function subjectFrom(query: URLSearchParams): TSubject {
  if (query.get('subject') === 'settings') return { kind: 'settings' };
  const version = Number(query.get('version'));
  if (Number.isInteger(version) && version > 0) return { kind: 'agreement', version };
  const quarter = Number(query.get('quarter'));
  const q = isQuarter(quarter) ? quarter : 1;
  const unitId = query.get('unitId');
  return unitId ? { kind: 'part', quarter: q, unitId } : { kind: 'quarter', quarter: q };
}

/** The audit timeline of a part, a quarter (with its parts), an agreement version or the agency's people and units. */
export default function HistoryScreen({ params }: TScreenProps) {
  const m = useMessages(historyMessages);
  const common = useMessages(commonMessages);
  const agreementWords = useMessages(agreementMessages);
  const { agency, units } = useAgency();
  const paths = usePaths();
  const { query } = useLocation();
  const year = Number(params.year);
  const subject = subjectFrom(query);
  const go = (next: TSubject) => navigate(paths.history(year, next), { replace: true });
  const events = useInfiniteQuery(queries.audit(agency.id, year, subject));
  // The pages read so far, newest first.
  const shown = events.data?.pages.flatMap((page) => page.events) ?? [];
  // The version whose record is read (else the one in force) names the indicators and activities.
  const agreement = useQuery({
    ...queries.agreement(agency.id, year, subject.kind === 'agreement' ? subject.version : undefined),
    retry: false,
  });
  const users = useQuery(queries.users(agency.id));
  // Those the changes name who are no longer among the agency's active people: by name, marked.
  const active = new Set((users.data?.users ?? []).filter((u) => !u.disabled).map((u) => u.id));
  const others = shown
    .flatMap((event) => peopleNamedIn(event.changes))
    .filter((id) => users.data && !active.has(id));
  const otherName = usePersonNames(others);
  const quarter = subject.kind === 'agreement' || subject.kind === 'settings' ? 1 : subject.quarter;
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
            else if (value === 'settings') go({ kind: 'settings' });
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
          <option value="settings">{m.subjects.settings}</option>
        </select>
        {subject.kind === 'settings' ? null : subject.kind === 'agreement' ? (
          <>
            <label htmlFor="history-version">{m.version}</label>
            {/* The year's versions by number and kind (Murni, Perubahan): none to guess. */}
            <select
              id="history-version"
              value={subject.version}
              onChange={(e) => go({ kind: 'agreement', version: Number(e.target.value) })}
            >
              {(agreement.data?.versions ?? [{ version: subject.version, kind: undefined }]).map((v) => (
                <option key={v.version} value={v.version}>
                  {agreementWords.version(v.version)}
                  {v.kind && ` · ${agreementWords.kinds[v.kind]}`}
                </option>
              ))}
            </select>
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
              <QuarterOptions />
            </select>
          </>
        )}
      </div>
      {/* The whole year, every subject, for the auditor's working papers: written as XLSX by the API. */}
      <SheetDownload
        label={m.sheet.download}
        link={() =>
          ok(
            api.agencies[':agencyId'].years[':year'].audit.workbook.$get({
              param: { agencyId: agency.id, year: String(year) },
            }),
          )
        }
      />
      <section className="card">
        <Loaded query={events}>
          {(data) => {
            // Whoever the record names, also those since moved out (each event keeps its actor's name).
            const people = [
              ...(users.data?.users ?? []),
              ...data.pages.flatMap((page) => page.events).map((e) => ({ id: e.actorId, name: e.actorName })),
              ...others.map((id) => ({ id, name: otherName(id) })).filter(({ name }) => name !== '…'),
            ];
            const agreements = agreement.data?.version ? [agreement.data.version.agreement] : [];
            const agencies = data.pages.flatMap((page) => page.agencies ?? []);
            const names = recordNames({ agreements, units, people, agencies });
            return <Timeline events={shown} names={names} />;
          }}
        </Loaded>
        <LoadMore query={events} />
      </section>
    </div>
  );
}
