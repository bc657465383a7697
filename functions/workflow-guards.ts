import { AppError } from '../shared/app-error.js';
import { t } from '../shared/i18n.js';
import { commonMessages } from '../shared/messages/common.js';
import { cycleMessages } from '../shared/messages/cycle.js';
import { isQuarterLocked } from '../shared/workflow/quarter-workflow.js';
import { checkTransition, type TTransition } from '../shared/workflow/transitions.js';
import { ChangeConflictError } from './db/commit.js';
import { quarterEntity } from './db/entities.js';

/**
 * Turns a lost race into the answer the user needs: 423 when the quarter was signed off
 * meanwhile, else 409 carrying the item as it is now. Rethrows anything else.
 */
export function conflictToAppError(error: unknown): never {
  if (!(error instanceof ChangeConflictError)) throw error;
  const current = error.current ?? null;
  if (quarterEntity.is(current) && isQuarterLocked(quarterEntity.parse(current).state)) {
    throw new AppError('LOCKED', t(cycleMessages).quarterLocked, {
      details: { current },
    });
  }
  throw staleRevision(current);
}

/** The 409 for a write made from an outdated revision, carrying the current state. */
export function staleRevision(current: unknown): AppError {
  return new AppError('CONFLICT', t(cycleMessages).staleRevision, { details: { current } });
}

/** Throws the 409 above unless the stored revision is the one the user saw. */
export function assertRevision(current: { revision: number }, seen: number): void {
  if (current.revision !== seen) throw staleRevision(current);
}

type TCommonMessages = (typeof commonMessages)['id'];

/**
 * The state a transition leads to from the subject's current state; otherwise a 409 that says
 * where the subject stands, in the reader's words (`stateNames` picks its kind's), and carries
 * the current state and the transitions allowed from there.
 */
export function assertTransition<S extends string, N extends string>(
  table: Record<N, TTransition<S>>,
  current: { state: S },
  name: N,
  stateNames: (messages: TCommonMessages) => Record<S, string>,
): S {
  const check = checkTransition(table, current.state, name);
  if (check.ok) return check.to;
  const standing = stateNames(t(commonMessages))[current.state];
  throw new AppError('CONFLICT', t(cycleMessages).transitionRefused(standing), {
    details: { current, allowed: check.allowed },
  });
}
