import * as commands from '@aws-sdk/client-dynamodb';
import { dynamodb } from '../functions/db/client.js';
import type { TRecordedCall } from './app-under-test.js';

type TCommandClass = new (input: never) => Parameters<typeof dynamodb.send>[0];

function commandClass(name: string): TCommandClass {
  const found: unknown = (commands as Record<string, unknown>)[name];
  if (typeof found !== 'function') throw new Error(`no DynamoDB command ${name}`);
  return found as TCommandClass;
}

/**
 * The floor under a request: the same DynamoDB calls it made, made directly one after another
 * with the same client against the same DynamoDB Local, answered as an empty 200 (500 on a failure).
 */
export function directCalls(calls: TRecordedCall[]): () => Promise<Response> {
  const prepared = calls.map((call) => ({ Command: commandClass(call.command), input: call.input as never }));
  return async () => {
    try {
      for (const { Command, input } of prepared) await dynamodb.send(new Command(input));
      return new Response(null);
    } catch (error) {
      // Counted as the API's failures are: an error answer, not a stopped bench (its kind shown).
      process.stderr.write(`floor: ${error instanceof Error ? error.name : String(error)}\n`);
      return new Response(null, { status: 500 });
    }
  };
}
