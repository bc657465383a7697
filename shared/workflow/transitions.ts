import type { TAction } from '../access/policy.js';

/** One move of a state machine: from which states, to which, and the permission it needs. */
export type TTransition<S extends string> = { from: readonly S[]; to: S; action: TAction };

export type TTransitionCheck<S extends string, N extends string> =
  | { ok: true; to: S }
  | { ok: false; allowed: N[] };

/** Whether `name` may be taken from `state`; if not, which transitions could be. */
export function checkTransition<S extends string, N extends string>(
  table: Record<N, TTransition<S>>,
  state: S,
  name: N,
): TTransitionCheck<S, N> {
  const transition = table[name];
  if (transition.from.includes(state)) return { ok: true, to: transition.to };
  return { ok: false, allowed: allowedFrom(table, state) };
}

/** The transitions that may be taken from a state. */
export function allowedFrom<S extends string, N extends string>(
  table: Record<N, TTransition<S>>,
  state: S,
): N[] {
  return (Object.keys(table) as N[]).filter((candidate) => table[candidate].from.includes(state));
}
