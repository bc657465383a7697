import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { commonMessages } from '../../../../shared/messages/common';
import { signOffMessages } from '../../../../shared/messages/web/sign-off';
import type { TPartState } from '../../../../shared/workflow/part-workflow';
import type { TQuarterState } from '../../../../shared/workflow/quarter-workflow';
import { api, ok } from '../../api/client';
import { queries, yearKey } from '../../api/queries';
import { unitName, useAgency, usePaths } from '../../app/agency';
import { Link } from '../../app/router';
import { isQuarter } from '../../app/selection';
import { useUser } from '../../app/session';
import { Card } from '../../components/card';
import { DataTable } from '../../components/data-table';
import { DoneNotice } from '../../components/done-notice';
import { ErrorMessage } from '../../components/error-message';
import { TextAreaField } from '../../components/field';
import { Loaded } from '../../components/loaded';
import { NotFound } from '../../components/not-found';
import { PageTitle } from '../../components/page-title';
import type { TScreenProps } from '../../components/screen-props';
import { SentBackNotice } from '../../components/sent-back-notice';
import { StateBadge } from '../../components/state-badge';
import { messagesAt, placeIssues } from '../../form/form-issues';
import { useMessages } from '../../i18n/i18n';
import { QuarterTable } from './quarter-table';
import { QuarterWorkbook } from './quarter-workbook';

/** The whole quarter for the head: every part's state, sign off when all are verified, reopen with a reason. */
export default function SignOffScreen({ params }: TScreenProps) {
  const year = Number(params.year);
  const quarter = Number(params.quarter);
  if (!Number.isInteger(year) || !isQuarter(quarter)) return <NotFound />;
  return <SignOff year={year} quarter={quarter} />;
}

function SignOff({ year, quarter }: { year: number; quarter: 1 | 2 | 3 | 4 }) {
  const m = useMessages(signOffMessages);
  const common = useMessages(commonMessages);
  const user = useUser();
  const { agency, units, fmt } = useAgency();
  const paths = usePaths();
  const queryClient = useQueryClient();
  const quarters = useQuery(queries.quarters(agency.id, year));
  // The reason to reopen is checked by the API (at least 10 characters); its answer shows at the field.
  const reopening = useForm({ defaultValues: { reason: '' } });
  const reason = reopening.watch('reason');
  const current = quarters.data?.quarters.find((q) => q.quarter === quarter);
  const isHead = user.roles.includes('head');
  // What the link does for this person now: once signed off, every part is only read.
  const actionWord = (part: TPartState, quarterState: TQuarterState) =>
    quarterState !== 'open'
      ? m.open
      : part === 'verified' && isHead
        ? m.view
        : part === 'submitted' && user.roles.includes('verifier')
          ? m.review
          : m.open;

  // Signing off or reopening changes the year's standing, tables and report files.
  const move = useMutation({
    mutationFn: ({
      transition,
      ...json
    }: {
      transition: 'sign-off' | 'reopen';
      revision: number;
      reason?: string;
    }) =>
      ok(
        api.agencies[':agencyId'].years[':year'].quarters[':quarter'][':transition'].$post({
          param: { agencyId: agency.id, year: String(year), quarter: String(quarter), transition },
          json,
        }),
      ),
    onSuccess: () => {
      reopening.reset();
      void queryClient.invalidateQueries({ queryKey: yearKey(agency.id, year) });
    },
    onError: (error) =>
      placeIssues(reopening.setError, error.issues, (path) => (path === 'reason' ? 'reason' : null)),
  });
  const signOff = () => {
    if (current && window.confirm(m.confirmSignOff))
      move.mutate({ transition: 'sign-off', revision: current.revision });
  };
  const reopen = reopening.handleSubmit(({ reason }) => {
    if (current) move.mutate({ transition: 'reopen', revision: current.revision, reason: reason.trim() });
  });
  const { error } = move;
  const busy = move.isPending;
  const notice = move.isSuccess
    ? move.variables.transition === 'sign-off'
      ? m.signedOff
      : m.reopened
    : null;

  if (!current)
    return (
      <div className="page">
        <Loaded query={quarters}>{() => <NotFound />}</Loaded>
      </div>
    );
  const verified = current.parts.filter((p) => p.state === 'verified').length;
  const reasonErrors = messagesAt(reopening.formState.errors, 'reason');
  return (
    <div className="page">
      <PageTitle
        title={m.title(common.quarterName(quarter), year)}
        subtitle={
          <>
            <StateBadge kind="quarter" state={current.state} /> · {m.due}: {fmt.dateTime(current.dueAt)}
            {current.signedOffAt && ` · ${m.signedOffAt(fmt.dateTime(current.signedOffAt))}`}
            {current.acceptedAt && `, ${m.acceptedAt(fmt.dateTime(current.acceptedAt))}`} ·{' '}
            <Link to={paths.history(year, { kind: 'quarter', quarter })}>{m.history}</Link> ·{' '}
            <Link to={paths.reports(year, quarter)}>{m.reports}</Link>
          </>
        }
      />
      <SentBackNotice quarter={current} />
      {notice && (
        <DoneNotice>
          <p>{notice}</p>
        </DoneNotice>
      )}
      {!reasonErrors.length && <ErrorMessage error={error} />}
      <Card title={m.partsTitle}>
        <DataTable
          stackOnPhone={false}
          rows={current.parts}
          rowKey={(part) => part.content.unitId}
          rowProps={(part) => ({ 'data-unit-id': part.content.unitId })}
          columns={[
            { header: m.unit, rowHeader: true, cell: (part) => unitName(units, part.content.unitId) },
            { header: m.state, cell: (part) => <StateBadge kind="part" state={part.state} /> },
            {
              header: m.action,
              cell: (part) => (
                <Link to={paths.part(year, quarter, part.content.unitId)}>
                  {actionWord(part.state, current.state)}
                </Link>
              ),
            },
          ]}
        />
        {current.state === 'open' && (
          <div className="button-row">
            <p className={current.readyForSignOff ? '' : 'muted'}>
              {current.readyForSignOff ? m.ready : m.notReady(verified, current.parts.length)}
            </p>
            {isHead && (
              <button type="button" onClick={signOff} disabled={busy || !current.readyForSignOff}>
                {m.signOff}
              </button>
            )}
          </div>
        )}
        {!isHead && <p className="muted">{m.headOnly}</p>}
      </Card>
      {current.state === 'open' && user.roles.includes('planner') && (
        <QuarterWorkbook year={year} quarter={quarter} />
      )}
      {current.state === 'signed_off' && isHead && (
        <Card title={m.reopenTitle}>
          <TextAreaField
            id="reopen-reason"
            label={m.reopenReason}
            hint={m.reopenHint}
            errors={reasonErrors}
            {...reopening.register('reason')}
          />
          <button
            type="button"
            className="danger"
            onClick={() => void reopen()}
            disabled={busy || reason.trim().length < 10}
          >
            {m.reopen}
          </button>
        </Card>
      )}
      <Card title={m.tableTitle}>
        <QuarterTable year={year} quarter={quarter} />
      </Card>
    </div>
  );
}
