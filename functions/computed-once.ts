import { deepFreeze } from './db/checked-once.js';

/**
 * A pure computation kept per process for the inputs it was last given: the pages compute their
 * tables from records checked once (db/checked-once.ts), which stay the very same objects while
 * their items stay the same, so the same objects give the same figures and computing them again
 * on every request was wasted (issue 16). An item written anew is read as a new record, and the
 * figures are computed anew from it: never stale. `inputsOf` lists what the result depends on,
 * each compared by identity; the result is frozen, every request given it sharing it. Bounded:
 * a process keeps the `kept` most recently used.
 */
export function computedOnce<A, R>(
  compute: (args: A) => R,
  inputsOf: (args: A) => readonly unknown[],
  kept = 50,
): (args: A) => R {
  const computed: { inputs: readonly unknown[]; result: R }[] = [];
  const same = (a: readonly unknown[], b: readonly unknown[]) =>
    a.length === b.length && a.every((input, i) => input === b[i]);
  return (args) => {
    const inputs = inputsOf(args);
    const index = computed.findIndex((entry) => same(entry.inputs, inputs));
    const entry = index >= 0 ? computed.splice(index, 1)[0] : undefined;
    const result = entry?.result ?? deepFreeze(compute(args));
    computed.unshift({ inputs, result });
    computed.length = Math.min(computed.length, kept);
    return result;
  };
}
