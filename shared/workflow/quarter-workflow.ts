import type { TPartState } from './part-workflow.js';
import type { TTransition } from './transitions.js';

/** An agency's quarter: open for entry, or signed off (locked). */
export const quarterStates = ['open', 'signed_off'] as const;
export type TQuarterState = (typeof quarterStates)[number];

export const quarterTransitions = {
  signOff: { from: ['open'], to: 'signed_off', action: 'quarter.signOff' },
  reopen: { from: ['signed_off'], to: 'open', action: 'quarter.reopen' },
} as const satisfies Record<string, TTransition<TQuarterState>>;
export type TQuarterTransition = keyof typeof quarterTransitions;

/** A quarter is ready for the head once every unit's part is verified. */
export function isReadyForSignOff(partStates: readonly TPartState[]): boolean {
  return partStates.length > 0 && partStates.every((state) => state === 'verified');
}
