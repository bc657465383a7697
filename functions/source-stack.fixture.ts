import { originalStack } from './source-stack.js';

/** Bundled by the test: fails here, on a line the test names, and prints the stack as logs show it. */
function failingStep(): never {
  throw new Error('failing on purpose');
}

try {
  failingStep();
} catch (error) {
  console.log(originalStack(error instanceof Error ? (error.stack ?? '') : ''));
}
