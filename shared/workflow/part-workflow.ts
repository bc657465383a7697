import type { TTransition } from './transitions.js';

/** A unit's part of a quarter. `returned` parts go back to their division head with comments. */
export const partStates = ['draft', 'submitted', 'verified', 'returned'] as const;
export type TPartState = (typeof partStates)[number];

/** Who moves a part where. The head's return of a verified part happens before sign-off. */
export const partTransitions = {
  submit: { from: ['draft', 'returned'], to: 'submitted', action: 'part.submit' },
  withdraw: { from: ['submitted'], to: 'draft', action: 'part.withdraw' },
  verify: { from: ['submitted'], to: 'verified', action: 'part.verify' },
  return: { from: ['submitted'], to: 'returned', action: 'part.return' },
  headReturn: { from: ['verified'], to: 'returned', action: 'quarter.return' },
} as const satisfies Record<string, TTransition<TPartState>>;
export type TPartTransition = keyof typeof partTransitions;

/** Division heads may save their content only while the part is with them. */
export const editablePartStates: readonly TPartState[] = ['draft', 'returned'];
