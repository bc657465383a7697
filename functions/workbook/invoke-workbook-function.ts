import { failFastClientOptions } from '../aws-client-options.js';
import { config } from '../config.js';
import { logError } from '../log.js';
import type { TWorkbookFunction } from './workbook-function.js';
import type { TWorkbookRequest } from './workbook-requests.js';

/** Reading a 5 MB workbook takes the function about a second; its timeout is 20 s. */
const invokeTimeoutMs = 25_000;

/** The Lambda client, loaded with the first workbook read or written: no start of the API reads that SDK. */
const lambdaSdk = async () => {
  const { InvokeCommand, LambdaClient } = await import('@aws-sdk/client-lambda');
  const client = new LambdaClient({
    ...failFastClientOptions,
    requestHandler: { ...failFastClientOptions.requestHandler, requestTimeout: invokeTimeoutMs },
    // A read that failed halfway is not retried blind: the person uploads again.
    maxAttempts: 1,
    region: config.AWS_REGION,
  });
  return { InvokeCommand, client };
};
let lambda: ReturnType<typeof lambdaSdk> | undefined;

/** The API's workbook function on AWS: invokes it (its name set by infra/) and waits. */
export function invokeWorkbookFunction(functionName: string): TWorkbookFunction {
  const invoke = async (request: TWorkbookRequest) => {
    lambda ??= lambdaSdk();
    const { InvokeCommand, client } = await lambda;
    const answer = await client.send(
      new InvokeCommand({ FunctionName: functionName, Payload: JSON.stringify(request) }),
    );
    const payload = new TextDecoder().decode(answer.Payload);
    if (answer.FunctionError)
      logError('the workbook function failed', new Error(payload.slice(0, 2000)), {
        objectKey: request.objectKey,
      });
    return { failed: Boolean(answer.FunctionError), payload };
  };
  return {
    parse: async (request) => {
      const { failed, payload } = await invoke(request);
      // A file that crashes or outlasts the reader is one it cannot read: the person hears so.
      if (failed) return { kind: 'problem', problem: { code: 'corrupt' } };
      // The answer's schemas load with the first answer, not at the API's start.
      const { ZParseAnswerSchema } = await import('./workbook-requests.js');
      return ZParseAnswerSchema.parse(JSON.parse(payload));
    },
    write: async (request) => {
      const { failed } = await invoke(request);
      if (failed) throw new Error('the workbook function could not write the workbook');
    },
  };
}
