import * as commands from '@aws-sdk/client-dynamodb';
import { dynamodb } from '../functions/db/client.js';
import type { TRecordedCall } from './app-under-test.js';

type TCommandClass = new (input: never) => Parameters<typeof dynamodb.send>[0];

function commandClass(name: string): TCommandClass {
  const found: unknown = (commands as Record<string, unknown>)[name];
  if (typeof found !== 'function') throw new Error(`no DynamoDB command ${name}`);
  return found as TCommandClass;
}

/** The calls of each request apart, in the order each made them. */
export function byRequest(calls: TRecordedCall[]): TRecordedCall[][] {
  const requests = new Map<string | undefined, TRecordedCall[]>();
  for (const call of calls) requests.set(call.requestId, [...(requests.get(call.requestId) ?? []), call]);
  return [...requests.values()];
}

/** A request's calls in the steps it made them: each step's calls made in parallel, the steps in turn. */
export function callSteps(calls: TRecordedCall[]): TRecordedCall[][] {
  const steps: TRecordedCall[][] = [];
  for (const call of calls) {
    const last = steps.at(-1);
    if (call.alongside && last) last.push(call);
    else steps.push([call]);
  }
  return steps;
}

/**
 * The floor under a request: the same DynamoDB calls it made, made directly the same way (those it
 * made in parallel in parallel, the rest one after another) with the same client against the same
 * DynamoDB Local, answered as an empty 200 (500 on a failure).
 */
export function directCalls(calls: TRecordedCall[]): () => Promise<Response> {
  const steps = callSteps(calls).map((step) =>
    step.map((call) => ({ Command: commandClass(call.command), input: call.input as never })),
  );
  return async () => {
    try {
      for (const step of steps)
        await Promise.all(step.map(({ Command, input }) => dynamodb.send(new Command(input))));
      return new Response(null);
    } catch (error) {
      // Counted as the API's failures are: an error answer, not a stopped bench (its kind shown).
      process.stderr.write(`floor: ${error instanceof Error ? error.name : String(error)}\n`);
      return new Response(null, { status: 500 });
    }
  };
}
