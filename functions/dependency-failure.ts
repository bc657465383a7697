/**
 * Which errors mean a service we depend on (DynamoDB, S3, SES) is down, slow or throttling, rather
 * than a bug of ours or a bad request. The names and codes are those the AWS SDK's own retry
 * strategy treats as transient or throttling (@smithy/core, service-error-classification).
 */
const throttlingNames = new Set([
  'ThrottlingException',
  'Throttling',
  'ThrottledException',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'RequestThrottled',
  'RequestThrottledException',
  'TooManyRequestsException',
  'SlowDown',
  'LimitExceededException',
  'BandwidthLimitExceeded',
  'TransactionInProgressException',
]);
const timeoutNames = new Set(['TimeoutError', 'RequestTimeout', 'RequestTimeoutException']);
/** Node's socket errors: refused, reset, timed out, no route, no DNS answer. */
const networkCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
/** DynamoDB's reasons for cancelling a transaction that mean "busy", not "your data conflicts". */
const busyCancellations = new Set(['ThrottlingError', 'TransactionConflict']);

const field = (error: Error, name: string): unknown => (name in error ? Reflect.get(error, name) : undefined);

function httpStatus(error: Error): number | undefined {
  const metadata = field(error, '$metadata');
  const status =
    typeof metadata === 'object' && metadata ? Reflect.get(metadata, 'httpStatusCode') : undefined;
  return typeof status === 'number' ? status : undefined;
}

function isBusyTransaction(error: Error): boolean {
  const reasons = field(error, 'CancellationReasons');
  if (error.name !== 'TransactionCanceledException' || !Array.isArray(reasons)) return false;
  const codes = reasons.map((reason) => reason?.Code ?? 'None').filter((code) => code !== 'None');
  return codes.length > 0 && codes.every((code) => busyCancellations.has(code));
}

/** Whether `error` (or what caused it) is a timeout, a network failure, a throttle or an AWS 5xx. */
export function isDependencyFailure(error: unknown, depth = 0): boolean {
  if (!(error instanceof Error) || depth > 5) return false;
  const status = httpStatus(error) ?? 0;
  const code = field(error, 'code');
  return (
    throttlingNames.has(error.name) ||
    timeoutNames.has(error.name) ||
    (typeof code === 'string' && networkCodes.has(code)) ||
    status === 429 ||
    status >= 500 ||
    isBusyTransaction(error) ||
    isDependencyFailure(error.cause, depth + 1)
  );
}
