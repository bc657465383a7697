import { config } from './config.js';

/**
 * What every AWS SDK client of ours shares: a stalled or unreachable service fails the call within
 * seconds, so the API can answer 503 at once instead of holding the request to Lambda's timeout
 * (a stalled DynamoDB once held a save for 45 s). Worst case for one call: two attempts of
 * `requestTimeout` each, plus the SDK's short back-off between them.
 */
export const failFastClientOptions = {
  requestHandler: {
    // Reaching a regional endpoint takes milliseconds; two seconds means it is not there. Locally
    // (`npm start`, the tests) each service is a process on this machine that refuses at once when
    // it is not there: a slow connection there is only a busy machine, given the request's budget.
    connectionTimeout: config.DYNAMODB_ENDPOINT ? config.AWS_REQUEST_TIMEOUT_MS : 2_000,
    // The whole request and response (3 s on AWS). DynamoDB answers in milliseconds and the
    // largest report file uploads in well under a second in-region; without the flag a breach only
    // logs a warning.
    requestTimeout: config.AWS_REQUEST_TIMEOUT_MS,
    throwOnRequestTimeout: true,
  },
  // One retry: a blip passes, a dependency that stays down fails the request in about 6 s.
  maxAttempts: 2,
} as const;
