import type { TActor } from '../../shared/access/policy.js';
import { AppError } from '../../shared/app-error.js';
import { t } from '../../shared/i18n.js';
import { cycleMessages } from '../../shared/messages/cycle.js';
import type { TQuarter } from '../../shared/model/quarter.js';
import type { TQuarterRecord } from '../../shared/model/records.js';
import {
  isReadyForSignOff,
  quarterTransitions,
  reasonRequired,
  type TQuarterTransition,
} from '../../shared/workflow/quarter-workflow.js';
import { authorize } from '../auth/authorize.js';
import { headSignatory, signerName } from '../auth/signatory.js';
import { beginChange } from '../change.js';
import type { TClock } from '../clock.js';
import { quarterEntity } from '../db/entities.js';
import { partUnchanged } from '../db/parts.js';
import { reserveReportVersion } from '../report-files/report-versions.js';
import { assertRevision, assertTransition } from '../workflow-guards.js';
import { loadQuarter } from './load-quarter.js';

export type TransitionQuarterOptions = {
  user: TActor;
  agencyId: string;
  year: number;
  quarter: TQuarter;
  transition: TQuarterTransition;
  revision: number;
  /** Required to reopen or send back: why a signed-off quarter must change. */
  reason?: string;
  /** Where the moment and ids come from; the system's by default. */
  clock?: TClock;
};

const minimumReasonLength = 10;

/**
 * The head signs a quarter off (locking it, once every part is verified) or reopens it with a
 * reason; above that, the region's Bappeda accepts a signed-off quarter or sends it back with a
 * reason. The quarter's revision is the condition of the write: of two steps at once, one wins.
 */
export async function transitionQuarter(options: TransitionQuarterOptions): Promise<TQuarterRecord> {
  const { user, agencyId, year, quarter, transition } = options;
  const context = await loadQuarter({
    user,
    agencyId,
    year,
    quarter,
    action: quarterTransitions[transition].action,
  });
  const current = context.quarter;
  const acting = authorize(user, quarterTransitions[transition].action, {
    regionId: context.agency.regionId,
    agencyId,
    verifiedBy: context.parts.flatMap((part) => part.verifiedBy ?? []),
  });
  const to = assertTransition(quarterTransitions, current, transition, (m) => m.quarterStates);
  assertRevision(current, options.revision);
  const reason = options.reason?.trim() ?? '';
  if (reasonRequired.has(transition) && reason.length < minimumReasonLength) {
    const message =
      transition === 'reopen' ? t(cycleMessages).reopenNeedsReason : t(cycleMessages).sendBackNeedsReason;
    throw new AppError('BAD_REQUEST', message, {
      issues: [
        {
          path: 'reason',
          message: t(cycleMessages).atLeastCharacters(minimumReasonLength),
        },
      ],
    });
  }
  if (transition === 'signOff' && !isReadyForSignOff(context.parts.map((part) => part.state))) {
    const waiting = context.parts
      .filter((part) => part.state !== 'verified')
      .map((part) => part.content.unitId);
    throw new AppError('CONFLICT', t(cycleMessages).partsNotVerified, {
      details: { current, waiting },
    });
  }
  const change = beginChange({ user, clock: options.clock, agencyId, year, acting });
  const signOff = transition === 'signOff';
  const record: TQuarterRecord = {
    ...current,
    state: to,
    ...change.nextRevision(current),
    ...(signOff && {
      signedOffAt: change.at,
      signedOffBy: user.id,
      signedOffAs: headSignatory(user, acting, context.agency),
      signOffCount: current.signOffCount + 1,
    }),
    ...(transition === 'accept' && { acceptedAt: change.at, acceptedBy: user.id }),
    // The agency reads why on the quarter itself, not only in the email and the record.
    ...(transition === 'sendBack' && { sentBack: { at: change.at, by: user.id, byName: user.name, reason } }),
  };
  const audit = change.audit({
    subject: { kind: 'quarter', quarter },
    action: transition,
    fromState: current.state,
    toState: to,
    reason: reason || undefined,
  });
  // Signing off makes the quarter's report files, under a version number of their own.
  const files = signOff ? await reserveReportVersion(agencyId, year, quarter) : undefined;
  const payload = {
    quarter,
    signOffCount: record.signOffCount,
    reportVersion: files?.version,
    auditId: audit.id,
    actorName: signerName(user, acting, context.agency),
    ...(reason && { reason }),
  };
  await change.commit({
    writes: [
      { item: quarterEntity.item(record), expectedRevision: options.revision },
      ...(files ? [files.write] : []),
    ],
    // Signing off is on the parts as the head saw them: a part changed meanwhile stops it.
    conditions: signOff
      ? context.parts.map((part) =>
          partUnchanged(agencyId, year, quarter, part.content.unitId, part.revision),
        )
      : [],
    audit: [audit],
    outbox: [change.outbox(`quarter.${transition}`, payload)],
  });
  return record;
}
