import { afterEach } from 'vitest';
import { documents } from '../../functions/db/client.js';

/**
 * The next DynamoDB call is made, but its answer is lost on the way back (a reset connection):
 * the SDK retries the same request, as it does on AWS when a response times out.
 */
export function loseTheNextAnswer(): void {
  let lost = false;
  // Inside the retry loop (the retry middleware is the step's first), so each attempt passes here.
  documents.middlewareStack.add(
    (next) => async (args) => {
      const answer = await next(args);
      if (lost) return answer;
      lost = true;
      throw Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
    },
    { step: 'finalizeRequest', priority: 'low', name: 'loseAnswer' },
  );
}

/** Takes the lost answer out after each test of the calling file, used or not. */
export function withAnswersDelivered(): void {
  afterEach(() => {
    documents.middlewareStack.remove('loseAnswer');
  });
}
