import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { reviewMessages } from '../../../../shared/messages/web/review';
import { type TReviewComments, ZReviewCommentsSchema } from '../../../../shared/model/records';
import { zodLocaleError } from '../../../../shared/zod-locale';
import { api, ok } from '../../api/client';
import { unitName, useAgency, usePaths } from '../../app/agency';
import { Link } from '../../app/router';
import { useUser } from '../../app/session';
import { usePersonNames } from '../../app/use-person-names';
import { Card } from '../../components/card';
import { DoneNotice } from '../../components/done-notice';
import { ErrorMessage } from '../../components/error-message';
import { TextAreaField } from '../../components/field';
import type { TScreenProps } from '../../components/screen-props';
import { EvidenceSection } from '../../evidence/evidence-section';
import { messagesAt, placeIssues } from '../../form/form-issues';
import { typedOutline } from '../../form/kept-typing';
import { useKeptForm } from '../../form/use-kept-form';
import { useMessages } from '../../i18n/i18n';
import { LoadedPart, type TLoadedPartProps } from '../../part/loaded-part';
import { partChanged } from '../../part/part-changed';
import { PartTitle } from '../../part/part-title';
import { BudgetReview } from './budget-review';
import { NarrativesReview } from './narratives-review';
import { ReviewTable } from './review-table';

/**
 * A part side by side with its targets and the previous quarter: the verifier verifies or returns
 * it, the head may return a verified one; everyone else reads it.
 */
export default function ReviewScreen({ params }: TScreenProps) {
  return <LoadedPart params={params}>{(loaded) => <Review {...loaded} />}</LoadedPart>;
}

type TDecision = 'verify' | 'return' | 'head-return';

/** The review form's field an API issue names ("review.indicatorComments.<id>"), or null. */
type TCommentsTyped = z.input<typeof ZReviewCommentsSchema>;
/** Comments half typed: only their outline is checked when they are read back. */
const typedComments = typedOutline<TCommentsTyped>({ indicatorComments: 'object' });

const fieldOfIssue = (path: string) => (path.startsWith('review.') ? path.slice('review.'.length) : null);

function Review(props: TLoadedPartProps) {
  const m = useMessages(reviewMessages);
  const user = useUser();
  const { agency, units, fmt } = useAgency();
  const paths = usePaths();
  const { data, year, quarter, unitId } = props;
  // A division head who followed a link to another unit's part: say why nothing can be typed.
  const otherUnitsHead = user.roles.includes('division_head') && user.unitId !== unitId;
  const queryClient = useQueryClient();
  const record = data.part;
  // Who handed it in and verified it, by name, even once they have left.
  const person = usePersonNames([record.submittedBy, record.verifiedBy]);
  // The comments as the API checks them (shared schema): trimmed, within length.
  const empty = useCallback(
    () => ({
      comment: '',
      indicatorComments: Object.fromEntries(data.scope.places.map(({ indicator }) => [indicator.id, ''])),
    }),
    [data.scope],
  );
  const form = useForm<TCommentsTyped, unknown, TReviewComments>({
    defaultValues: empty(),
    resolver: zodResolver(ZReviewCommentsSchema, { error: zodLocaleError }),
  });
  const kept = useKeptForm({
    form,
    place: `review/${agency.id}/${year}/${quarter}/${unitId}`,
    empty,
    outline: typedComments,
  });
  const open = data.quarter.state === 'open';
  const decisions: TDecision[] =
    open && user.roles.includes('verifier') && record.state === 'submitted'
      ? ['verify', 'return']
      : open && user.roles.includes('head') && record.state === 'verified'
        ? ['head-return']
        : [];

  const decide = useMutation({
    mutationFn: ({ decision, review }: { decision: TDecision; review?: TReviewComments }) =>
      ok(
        api.agencies[':agencyId'].years[':year'].quarters[':quarter'].parts[':unitId'][':transition'].$post({
          param: {
            agencyId: agency.id,
            year: String(year),
            quarter: String(quarter),
            unitId,
            transition: decision,
          },
          json: { revision: record.revision, ...(review ? { review } : {}) },
        }),
      ),
    onSuccess: (next) => {
      kept.forget();
      void partChanged(queryClient, { agencyId: agency.id, year, quarter, unitId }, next);
    },
    onError: (error) => placeIssues(form.setError, error.issues, fieldOfIssue),
  });
  const busy = decide.isPending;
  const done = decide.isSuccess ? decide.variables.decision : null;
  // Verifying sends no comments; returning sends those written, once the schema accepts them.
  const take = (decision: TDecision) =>
    decision === 'verify'
      ? decide.mutate({ decision })
      : void form.handleSubmit(({ comment, indicatorComments }) =>
          decide.mutate({
            decision,
            review: {
              comment,
              indicatorComments: Object.fromEntries(
                Object.entries(indicatorComments).filter(([, text]) => text),
              ),
            },
          }),
        )();
  const buttons: Record<TDecision, { label: string; className?: string }> = {
    verify: { label: m.verify },
    return: { label: m.return, className: 'danger' },
    'head-return': { label: m.headReturn, className: 'danger' },
  };
  return (
    <div className="page">
      <PartTitle title={m.title} year={year} quarter={quarter} unitId={unitId} state={record.state}>
        {' · '}
        <Link to={paths.quarter(year, quarter)}>{m.toSignOff}</Link>
      </PartTitle>
      {record.submittedAt && (
        <p className="muted small" data-part-handed-in>
          {m.submitted(
            fmt.dateTime(record.submittedAt),
            record.submittedBy && person(record.submittedBy),
            record.late === true,
          )}
          {record.verifiedBy && ` · ${m.verifiedBy(person(record.verifiedBy))}`}
        </p>
      )}
      {otherUnitsHead && (
        <div className="alert warning" role="note">
          <p>
            <strong>{m.notYours}.</strong> {m.notYoursText(unitName(units, unitId))}
          </p>
        </div>
      )}
      {done && (
        <DoneNotice>
          <p>{done === 'verify' ? m.verified : m.returned}</p>
        </DoneNotice>
      )}
      {record.review &&
        (record.review.comment || Object.keys(record.review.indicatorComments).length > 0) && (
          <div className="alert warning">
            <p className="free-text">
              <strong>{m.previousReview}:</strong> {record.review.comment || '–'}
            </p>
          </div>
        )}
      {decisions.length > 0 && kept.notice}
      <section className="card" aria-label={m.indicator}>
        <ReviewTable
          scope={data.scope}
          quarter={quarter}
          content={record.content}
          earlierParts={data.earlierParts}
          previous={data.previous}
          comments={
            decisions.length
              ? (indicatorId) => ({
                  ...form.register(`indicatorComments.${indicatorId}`),
                  errors: messagesAt(form.formState.errors, `indicatorComments.${indicatorId}`),
                })
              : undefined
          }
        />
      </section>
      <EvidenceSection year={year} quarter={quarter} unitId={unitId} scope={data.scope} editable={false} />
      {data.scope.activities.length > 0 && (
        <Card title={m.budgetTitle}>
          <BudgetReview scope={data.scope} content={record.content} earlierParts={data.earlierParts} />
        </Card>
      )}
      {data.scope.programs.length > 0 && (
        <Card title={m.narrativesTitle}>
          <NarrativesReview scope={data.scope} content={record.content} />
        </Card>
      )}
      {decisions.length > 0 ? (
        <Card title={m.decisionTitle} className="decision">
          <TextAreaField
            id="review-comment"
            label={m.overallComment}
            hint={m.overallHint}
            errors={messagesAt(form.formState.errors, 'comment')}
            {...form.register('comment')}
          />
          <ErrorMessage error={decide.error} />
          <div className="button-row">
            {decisions.map((decision) => (
              <button
                key={decision}
                type="button"
                className={buttons[decision].className}
                onClick={() => take(decision)}
                disabled={busy}
              >
                {buttons[decision].label}
              </button>
            ))}
          </div>
        </Card>
      ) : (
        !done && <p className="muted">{m.readOnly}</p>
      )}
    </div>
  );
}
