import { originalStack } from './source-stack.js';

/** Bundled by the test as a function is: prints, as logs show it, the stack of a failure in a lazily imported chunk. */
const { failingStep } = await import('./source-stack.fixture-step.js');
try {
  failingStep();
} catch (error) {
  console.log(originalStack(error instanceof Error ? (error.stack ?? '') : ''));
}
