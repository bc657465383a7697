import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { failFastClientOptions } from '../aws-client-options.js';
import { config } from '../config.js';
import { logError } from '../log.js';
import { ZParseAnswerSchema } from './parse-request.js';
import type { TWorkbookParser } from './workbook-parser.js';

/** Reading a 5 MB workbook takes the parse function about a second; its timeout is 20 s. */
const parseTimeoutMs = 25_000;

const lambda = new LambdaClient({
  ...failFastClientOptions,
  requestHandler: { ...failFastClientOptions.requestHandler, requestTimeout: parseTimeoutMs },
  // A parse that failed halfway is not retried blind: the person uploads again.
  maxAttempts: 1,
  region: config.AWS_REGION,
});

/** The API's parser on AWS: invokes the parse function (its name set by infra/) and waits. */
export function invokeParseFunction(functionName: string): TWorkbookParser {
  return async (request) => {
    const answer = await lambda.send(
      new InvokeCommand({ FunctionName: functionName, Payload: JSON.stringify(request) }),
    );
    const payload = new TextDecoder().decode(answer.Payload);
    if (answer.FunctionError) {
      // A file that crashes or outlasts the parser is one it cannot read: the person hears so.
      logError('the parse function failed', new Error(payload.slice(0, 2000)), {
        objectKey: request.objectKey,
      });
      return { kind: 'problem', problem: { code: 'corrupt' } };
    }
    return ZParseAnswerSchema.parse(JSON.parse(payload));
  };
}
