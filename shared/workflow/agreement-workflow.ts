import type { TTransition } from './transitions.js';

/** A version of the agreement: drafted by the planner, signed by the head, then superseded by a later signed one. */
export const agreementStates = ['draft', 'submitted', 'signed'] as const;
export type TAgreementState = (typeof agreementStates)[number];

export const agreementTransitions = {
  submit: { from: ['draft'], to: 'submitted', action: 'agreement.submit' },
  withdraw: { from: ['submitted'], to: 'draft', action: 'agreement.submit' },
  return: { from: ['submitted'], to: 'draft', action: 'agreement.sign' },
  sign: { from: ['submitted'], to: 'signed', action: 'agreement.sign' },
} as const satisfies Record<string, TTransition<TAgreementState>>;
export type TAgreementTransition = keyof typeof agreementTransitions;
