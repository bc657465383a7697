import {
  ConditionalCheckFailedException,
  InternalServerError,
  ProvisionedThroughputExceededException,
  ResourceNotFoundException,
  TransactionCanceledException,
} from '@aws-sdk/client-dynamodb';
import { S3ServiceException } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { AppError } from '../shared/app-error.js';
import { isDependencyFailure } from './dependency-failure.js';

const $metadata = (httpStatusCode: number) => ({ httpStatusCode, attempts: 2 });
const socketError = (code: string) => Object.assign(new Error(`connect ${code} 127.0.0.1:8000`), { code });
const cancelled = (...codes: string[]) =>
  new TransactionCanceledException({
    message: 'Transaction cancelled',
    $metadata: $metadata(400),
    CancellationReasons: codes.map((Code) => ({ Code })),
  });

describe('a dependency failure', () => {
  it.each([
    ['a request timeout', Object.assign(new Error('exceeded 3000 ms'), { name: 'TimeoutError' })],
    ['a refused connection', socketError('ECONNREFUSED')],
    ['a reset connection', socketError('ECONNRESET')],
    ['no DNS answer', socketError('EAI_AGAIN')],
    [
      'DynamoDB throttling',
      new ProvisionedThroughputExceededException({ message: 'slow', $metadata: $metadata(400) }),
    ],
    ['a DynamoDB 500', new InternalServerError({ message: 'oops', $metadata: $metadata(500) })],
    [
      'S3 SlowDown (503)',
      new S3ServiceException({ name: 'SlowDown', $fault: 'server', $metadata: $metadata(503) }),
    ],
    ['a transaction cancelled as throttled', cancelled('None', 'ThrottlingError')],
    ['a transaction cancelled by a concurrent one', cancelled('TransactionConflict', 'None')],
    ['a wrapped timeout', new Error('loading failed', { cause: socketError('ETIMEDOUT') })],
  ])('is %s', (_, error) => {
    expect(isDependencyFailure(error)).toBe(true);
  });

  it.each([
    [
      'a failed condition (our data conflicts)',
      new ConditionalCheckFailedException({ message: 'no', $metadata: $metadata(400) }),
    ],
    ['a transaction cancelled by a condition', cancelled('ConditionalCheckFailed', 'ThrottlingError')],
    [
      'a missing table (our configuration)',
      new ResourceNotFoundException({ message: 'no table', $metadata: $metadata(400) }),
    ],
    [
      'access denied (our permissions)',
      new S3ServiceException({ name: 'AccessDenied', $fault: 'client', $metadata: $metadata(403) }),
    ],
    ['a bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['an AppError', new AppError('CONFLICT', 'changed meanwhile')],
    ['not an error at all', 'ECONNREFUSED'],
  ])('is not %s', (_, error) => {
    expect(isDependencyFailure(error)).toBe(false);
  });
});
