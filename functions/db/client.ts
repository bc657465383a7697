import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { failFastClientOptions } from '../aws-client-options.js';
import { config } from '../config.js';
import { startDynamoDbCall } from '../request-timing.js';

/** One client per process: Lambda reuses it across invocations. */
export const dynamodb = new DynamoDBClient({
  ...failFastClientOptions,
  region: config.AWS_REGION,
  ...(config.DYNAMODB_ENDPOINT && {
    endpoint: config.DYNAMODB_ENDPOINT,
    // DynamoDB Local accepts any credentials; fixed ones keep a developer's AWS profile out of it.
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  }),
});

// Each call's time, attempts included, counted to the request that made it (request-timing.ts).
dynamodb.middlewareStack.add(
  (next) => async (args) => {
    const done = startDynamoDbCall();
    try {
      return await next(args);
    } finally {
      done();
    }
  },
  { step: 'initialize', name: 'timeRequestCalls' },
);

export const documents = DynamoDBDocumentClient.from(dynamodb, {
  marshallOptions: { removeUndefinedValues: true },
});

export const tableName = config.TABLE_NAME;
