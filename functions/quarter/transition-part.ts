import type { TActor } from '../../shared/access/policy.js';
import { AppError, type FieldIssue, issuesUnder } from '../../shared/app-error.js';
import { isAfter } from '../../shared/calendar/due-date.js';
import { t } from '../../shared/i18n.js';
import { apiMessages } from '../../shared/messages/api.js';
import { cycleMessages } from '../../shared/messages/cycle.js';
import { checkReview } from '../../shared/model/part-rules.js';
import type { TQuarter } from '../../shared/model/quarter.js';
import type { TPartRecord, TReviewComments } from '../../shared/model/records.js';
import { partTransitions, type TPartTransition } from '../../shared/workflow/part-workflow.js';
import { confirmedFigures } from '../../shared/workflow/plausibility.js';
import { isReadyForSignOff } from '../../shared/workflow/quarter-workflow.js';
import { checkSubmission } from '../../shared/workflow/submission-rules.js';
import { authorize } from '../auth/authorize.js';
import { beginChange } from '../change.js';
import type { TClock } from '../clock.js';
import { partEntity } from '../db/entities.js';
import { quarterStillOpen } from '../db/parts.js';
import { assertRevision, assertTransition } from '../workflow-guards.js';
import { assertQuarterOpen, loadQuarter, partOf, type TQuarterContext } from './load-quarter.js';

export type TransitionPartOptions = {
  user: TActor;
  agencyId: string;
  year: number;
  quarter: TQuarter;
  unitId: string;
  transition: TPartTransition;
  /** The revision the user saw. */
  revision: number;
  /** Required when returning a part: what must be fixed, overall and per indicator. */
  review?: Partial<TReviewComments>;
  /** Where the moment and ids come from; the system's by default. */
  clock?: TClock;
};

/** Moves a unit's part along the workflow: submit, withdraw, verify, return, or the head's return. */
export async function transitionPart(options: TransitionPartOptions): Promise<TPartRecord> {
  const { user, agencyId, year, quarter, unitId, transition } = options;
  const { action } = partTransitions[transition];
  const context = await loadQuarter({ user, agencyId, year, quarter, unitId, action });
  assertQuarterOpen(context.quarter);
  const current = partOf(context, unitId);
  const acting = authorize(user, action, {
    regionId: context.agency.regionId,
    agencyId,
    unitId,
    submittedBy: current.submittedBy,
  });
  const to = assertTransition(partTransitions, current, transition, (m) => m.partStates);
  assertRevision(current, options.revision);
  const change = beginChange({ user, clock: options.clock, agencyId, year, acting });
  const record: TPartRecord = {
    ...current,
    state: to,
    ...change.nextRevision(current),
    ...changesFor(context, current, options, change.at),
  };
  // A return carries the reviewer's comments; other moves keep the last review but do not repeat it.
  const review = transition === 'return' || transition === 'headReturn' ? record.review : undefined;
  const confirmed =
    transition === 'submit'
      ? confirmedFigures(context.agreement.agreement, current.content, earlierPartsOf(context, options))
      : [];
  const audit = change.audit({
    subject: { kind: 'part', quarter, unitId },
    action: transition,
    ...(confirmed.length > 0 ? { confirmedFigures: confirmed } : {}),
    fromState: current.state,
    toState: to,
    reason: review?.comment,
    changes: Object.entries(review?.indicatorComments ?? {}).map(([indicatorId, comment]) => ({
      path: `review.indicatorComments.${indicatorId}`,
      before: null,
      after: comment,
    })),
  });
  const outbox = [
    change.outbox(`part.${transition}`, { quarter, unitId, auditId: audit.id, actorName: user.name }),
  ];
  const othersVerified = context.parts
    .filter((part) => part.content.unitId !== unitId)
    .map((part) => part.state);
  if (to === 'verified' && isReadyForSignOff([...othersVerified, 'verified'])) {
    outbox.push(change.outbox('quarter.ready', { quarter }));
  }
  await change.commit({
    writes: [{ item: partEntity.item(record), expectedRevision: options.revision }],
    conditions: [quarterStillOpen(context.quarter)],
    audit: [audit],
    outbox,
  });
  return record;
}

/** What a transition changes besides the state: the submission's time and lateness, the review. */
function changesFor(
  context: TQuarterContext,
  current: TPartRecord,
  options: TransitionPartOptions,
  at: string,
): Partial<TPartRecord> {
  switch (options.transition) {
    case 'submit': {
      const issues = checkSubmission({
        agreement: context.agreement.agreement,
        part: current.content,
        thresholds: context.settings.explanationThresholds,
        earlierParts: earlierPartsOf(context, options),
      });
      if (issues.length > 0) {
        throw new AppError('BAD_REQUEST', t(cycleMessages).cannotSubmitYet, { issues });
      }
      return {
        submittedAt: at,
        submittedBy: options.user.id,
        verifiedBy: undefined,
        late: isAfter(at, context.quarter.dueAt),
      };
    }
    case 'return':
    case 'headReturn':
      return { review: requireReview(context, current, options.review), verifiedBy: undefined };
    case 'verify':
      return { review: undefined, verifiedBy: options.user.id };
    default:
      return {};
  }
}

/** The same unit's parts of the year's earlier quarters. */
const earlierPartsOf = (context: TQuarterContext, options: TransitionPartOptions) =>
  context.year.parts
    .filter((p) => p.content.unitId === options.unitId && p.content.quarter < options.quarter)
    .map((p) => p.content);

/** The reviewer's comments: at least one, each for an indicator of the part, storable with it (a 400 otherwise). */
function requireReview(
  context: TQuarterContext,
  current: TPartRecord,
  review: Partial<TReviewComments> | undefined,
): TReviewComments {
  const comment = review?.comment?.trim() ?? '';
  const indicatorComments = review?.indicatorComments ?? {};
  if (!comment && Object.keys(indicatorComments).length === 0) {
    const issues: FieldIssue[] = [
      {
        path: 'review.comment',
        message: t(cycleMessages).sayWhatToFix,
      },
    ];
    throw new AppError('BAD_REQUEST', t(cycleMessages).returnNeedsComment, { issues });
  }
  const checked = { comment, indicatorComments };
  const issues = issuesUnder('review', checkReview(context.agreement.agreement, current.content, checked));
  if (issues.length > 0) throw new AppError('BAD_REQUEST', t(apiMessages).invalidInput, { issues });
  return checked;
}
