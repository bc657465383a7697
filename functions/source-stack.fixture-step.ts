/** Imported lazily by source-stack.fixture.ts, so bundled into a chunk of its own: fails on a line the test names. */
export function failingStep(): never {
  throw new Error('failing on purpose');
}
