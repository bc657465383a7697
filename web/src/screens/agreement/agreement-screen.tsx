import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { onboardingMessages } from '../../../../shared/messages/region';
import { agreementMessages } from '../../../../shared/messages/web/agreement';
import type { TAgreementRecord } from '../../../../shared/model/records';
import { api, ok } from '../../api/client';
import { queries, yearKey } from '../../api/queries';
import { useAgency, usePaths } from '../../app/agency';
import { Link, navigate, useLocation } from '../../app/router';
import { useUser } from '../../app/session';
import { ErrorMessage } from '../../components/error-message';
import { Loaded } from '../../components/loaded';
import { PageTitle } from '../../components/page-title';
import type { TScreenProps } from '../../components/screen-props';
import { useLanguage, useMessages } from '../../i18n/i18n';
import { useFieldLabel } from '../../i18n/use-field-label';
import { AgreementContentView } from './agreement-content-view';
import { AgreementImport } from './agreement-import';
import { issuesByPath, liveAgreementIssues, setAt, type TContentEditor } from './content-edit';
import { KeptContentNotice, useKeptContent } from './kept-content';
import { VersionList } from './version-list';

/** The planner's agreement editor; everyone else reads the versions (the head signs them). */
export default function AgreementScreen({ params }: TScreenProps) {
  const m = useMessages(agreementMessages);
  const { agency } = useAgency();
  const paths = usePaths();
  const { query } = useLocation();
  const year = Number(params.year);
  const queryClient = useQueryClient();
  const asked = Number(query.get('version'));
  // The version asked for whole (else the one in force, else the latest), every version summed up.
  const agreement = useQuery(queries.agreement(agency.id, year, asked > 0 ? asked : undefined));
  const versions = agreement.data?.versions ?? [];
  const isPlanner = useUser().roles.includes('planner');
  const imported = (record: TAgreementRecord) => {
    void queryClient.invalidateQueries({ queryKey: yearKey(agency.id, year) });
    navigate(paths.agreement(year, record.version));
  };
  const selected = agreement.data?.version ?? undefined;
  return (
    <div className="page">
      <PageTitle
        title={m.title(year)}
        actions={
          versions.length > 1 && (
            <Link
              className="button secondary"
              to={paths.compare(year, versions[0]?.version ?? 1, versions.at(-1)?.version ?? 1)}
            >
              {m.compare}
            </Link>
          )
        }
      />
      <Loaded query={agreement}>
        {(data) =>
          !selected ? (
            <>
              <StartAgreement year={year} onStarted={(version) => navigate(paths.agreement(year, version))} />
              {isPlanner && <AgreementImport year={year} onImported={imported} />}
            </>
          ) : (
            <>
              <VersionList
                year={year}
                versions={versions}
                inForce={data.inForce}
                selected={selected.version}
              />
              <VersionEditor
                key={`${selected.version}:${selected.revision}`}
                year={year}
                record={selected}
                canStartRevision={versions.every((v) => v.state === 'signed')}
                onChanged={(version) => {
                  // The agreement in force measures the year's parts, tables and report files.
                  void queryClient.invalidateQueries({ queryKey: yearKey(agency.id, year) });
                  navigate(paths.agreement(year, version), { replace: true });
                }}
              />
              {isPlanner && versions.every((v) => v.state === 'signed') && (
                <AgreementImport year={year} onImported={imported} />
              )}
            </>
          )
        }
      </Loaded>
    </div>
  );
}

/** No agreement for the year yet: the planner starts its PK Murni, empty, and fills it in the editor. */
function StartAgreement(props: { year: number; onStarted: (version: number) => void }) {
  const m = useMessages(agreementMessages);
  const start = useMessages(onboardingMessages).startAgreement;
  const { agency } = useAgency();
  const isPlanner = useUser().roles.includes('planner');
  const queryClient = useQueryClient();
  const create = useMutation({
    mutationFn: () =>
      ok(
        api.agencies[':agencyId'].years[':year'].agreement.versions.$post({
          param: { agencyId: agency.id, year: String(props.year) },
          json: { content: { objectives: [], programs: [], activities: [] } },
        }),
      ),
    onSuccess: (record) => {
      void queryClient.invalidateQueries({ queryKey: yearKey(agency.id, props.year) });
      props.onStarted(record.version);
    },
  });
  return (
    <div className="card">
      <p>{m.none}</p>
      {isPlanner && (
        <button type="button" disabled={create.isPending} onClick={() => create.mutate()}>
          {start(props.year)}
        </button>
      )}
      <ErrorMessage error={create.error} />
    </div>
  );
}

type TVersionEditorProps = {
  year: number;
  record: TAgreementRecord;
  canStartRevision: boolean;
  onChanged: (version: number) => void;
};

function VersionEditor(props: TVersionEditorProps) {
  const m = useMessages(agreementMessages);
  const user = useUser();
  const { agency, units } = useAgency();
  const { lang } = useLanguage();
  const paths = usePaths();
  const { record, year } = props;
  const isPlanner = user.roles.includes('planner');
  const isHead = user.roles.includes('head');
  const editable = isPlanner && record.state === 'draft';
  const kept = useKeptContent(record, editable);
  const { content, setContent, dirty, setDirty } = kept;
  // Every step (save, submit, sign, a new revision …) answers with the version it produced.
  const step = useMutation({
    mutationFn: (take: () => Promise<TAgreementRecord>) => take(),
    onSuccess: (next) => {
      kept.forget();
      setDirty(false);
      props.onChanged(next.version);
    },
  });
  const { error } = step;
  const busy = step.isPending;
  const [reason, setReason] = useState('');
  // The same schema and rules the API applies, live, so problems show beside their field while
  // typing, in the language chosen (shared/i18n reads it when the rules run).
  // biome-ignore lint/correctness/useExhaustiveDependencies: a language switch re-words the messages.
  const live = useMemo(
    () => (editable ? liveAgreementIssues({ ...record.agreement, ...content }, units) : []),
    [editable, record.agreement, content, units, lang],
  );
  const issues = issuesByPath([...live, ...(error?.issues ?? [])]);
  const fieldLabel = useFieldLabel();
  // After adding a part, its name field takes the focus once it is on the page.
  const [focusId, setFocusId] = useState<string | null>(null);
  useEffect(() => {
    if (!focusId) return;
    document.getElementById(focusId)?.focus();
    setFocusId(null);
  }, [focusId]);
  const editor: TContentEditor = {
    editable,
    issues,
    set: (path, value) => {
      setContent((current) => setAt(current, path, value));
      setDirty(true);
    },
    change: (update, focus) => {
      setContent(update);
      setDirty(true);
      // The API's answer named fields by position; after a part is added or removed they may point elsewhere.
      step.reset();
      if (focus) setFocusId(focus);
    },
  };
  const param = { agencyId: agency.id, year: String(year) };

  const run = (take: () => Promise<TAgreementRecord>) => step.mutate(take);
  const versionParam = { ...param, version: String(record.version) };
  const save = () =>
    ok(
      api.agencies[':agencyId'].years[':year'].agreement.versions[':version'].$put({
        param: versionParam,
        json: { revision: record.revision, content },
      }),
    );
  const move = (transition: 'submit' | 'withdraw' | 'sign' | 'return', revision = record.revision) =>
    ok(
      api.agencies[':agencyId'].years[':year'].agreement.versions[':version'][':transition'].$post({
        param: { ...versionParam, transition },
        json: { revision, ...(transition === 'return' ? { reason: reason.trim() } : {}) },
      }),
    );
  return (
    <>
      <div className="sticky-actions top-actions">
        <Link to={paths.history(year, { kind: 'agreement', version: record.version })}>{m.history}</Link>
        {editable && (
          <>
            <button type="button" className="secondary" disabled={busy || !dirty} onClick={() => run(save)}>
              {m.save}
            </button>
            <button
              type="button"
              disabled={busy || live.length > 0}
              onClick={() =>
                run(async () => move('submit', dirty ? (await save()).revision : record.revision))
              }
            >
              {m.submit}
            </button>
            {dirty && <span className="save-status">{m.unsaved}</span>}
          </>
        )}
        {isPlanner && record.state === 'submitted' && (
          <button
            type="button"
            className="secondary"
            disabled={busy}
            onClick={() => run(() => move('withdraw'))}
          >
            {m.withdraw}
          </button>
        )}
        {isHead && record.state === 'submitted' && (
          <>
            <button type="button" disabled={busy} onClick={() => run(() => move('sign'))}>
              {m.sign}
            </button>
            <label htmlFor="return-reason">{m.returnReason}</label>
            <input id="return-reason" value={reason} onChange={(e) => setReason(e.target.value)} />
            <button
              type="button"
              className="danger"
              disabled={busy || !reason.trim()}
              onClick={() => run(() => move('return'))}
            >
              {m.return}
            </button>
          </>
        )}
        {isPlanner && props.canStartRevision && (
          <button
            type="button"
            className="secondary"
            disabled={busy}
            onClick={() =>
              run(() =>
                ok(api.agencies[':agencyId'].years[':year'].agreement.versions.$post({ param, json: {} })),
              )
            }
          >
            {m.startRevision}
          </button>
        )}
      </div>
      <ErrorMessage error={error} />
      <KeptContentNotice
        restoredAt={kept.restoredAt}
        offer={kept.offer}
        record={record}
        onTake={kept.takeOffer}
        onDrop={kept.dropOffer}
      />
      {editable && live.length > 0 && (
        <div className="alert warning" role="status">
          <p>{m.issuesTitle(live.length)}</p>
          {/* What no single field shows: the whole content too large to store, a list too long. */}
          {live
            .filter((issue) => !issue.path.includes('.'))
            .map((issue) => (
              <p key={`${issue.path}|${issue.message}`}>
                {/* The list it names ("Sasaran: paling banyak 50"), or the whole content's, as a sentence. */}
                {issue.path
                  ? `${fieldLabel(issue.path)}: ${issue.message}`
                  : issue.message.charAt(0).toUpperCase() + issue.message.slice(1)}
              </p>
            ))}
        </div>
      )}
      <AgreementContentView content={content} editor={editor} />
    </>
  );
}
