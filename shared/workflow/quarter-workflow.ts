import type { TPartState } from './part-workflow.js';
import type { TTransition } from './transitions.js';

/**
 * An agency's quarter: open for entry, signed off by the head (locked), then accepted by the
 * region's Bappeda (locked for good). Above the head's sign-off the Bappeda accepts the quarter or
 * sends it back with a reason: sent back, it is open again as after the head's reopening (its
 * parts keep their states; the head returns a part to its unit where figures must change, and
 * signs off again). An accepted quarter is not reopened: docs/ARCHITECTURE.md, "The accept step".
 */
export const quarterStates = ['open', 'signed_off', 'accepted'] as const;
export type TQuarterState = (typeof quarterStates)[number];

export const quarterTransitions = {
  signOff: { from: ['open'], to: 'signed_off', action: 'quarter.signOff' },
  reopen: { from: ['signed_off'], to: 'open', action: 'quarter.reopen' },
  accept: { from: ['signed_off'], to: 'accepted', action: 'quarter.accept' },
  sendBack: { from: ['signed_off'], to: 'open', action: 'quarter.sendBack' },
} as const satisfies Record<string, TTransition<TQuarterState>>;
export type TQuarterTransition = keyof typeof quarterTransitions;

/** The transitions that need a reason on the record: undoing a sign-off, by the head or the Bappeda. */
export const reasonRequired: ReadonlySet<TQuarterTransition> = new Set(['reopen', 'sendBack']);

/** Nothing in a quarter changes once it is signed off, nor after the Bappeda accepted it. */
export const isQuarterLocked = (state: TQuarterState): boolean => state !== 'open';

/** A quarter is ready for the head once every unit's part is verified. */
export function isReadyForSignOff(partStates: readonly TPartState[]): boolean {
  return partStates.length > 0 && partStates.every((state) => state === 'verified');
}
