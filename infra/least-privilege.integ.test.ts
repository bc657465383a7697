import { describe, expect, it } from 'vitest';
import { actionsCalledBy } from './aws-actions.js';
import { type LambdaName, lambdaBundles } from './lambda-entries.js';
import { synthTestStack } from './synth-test-stack.js';
import { arnOf, templateQueries } from './template-queries.js';

const { template } = synthTestStack();
const { resources, idLike } = templateQueries(template);

/**
 * The reading of the event source mappings (the outbox's table stream, the sweep worker's queue):
 * granted by CDK, not called by our code.
 */
const eventSourceActions = [
  'dynamodb:DescribeStream',
  'dynamodb:GetRecords',
  'dynamodb:GetShardIterator',
  'dynamodb:ListStreams',
  'sqs:ChangeMessageVisibility',
  'sqs:DeleteMessage',
  'sqs:GetQueueAttributes',
  'sqs:GetQueueUrl',
  'sqs:ReceiveMessage',
];

/** Failure destinations (a stream's, an async invocation's): CDK grants sending to them, Lambda sends. */
const failureQueue = arnOf(idLike('AWS::SQS::Queue', 'Failures'));
const isFailureDestination = (statement: { Resource: unknown }) =>
  JSON.stringify(statement.Resource) === JSON.stringify(failureQueue);

/** What the function's role may do to the table, the buckets, SES, the user pool, other functions and the queues. */
function grantedTo(name: LambdaName): string[] {
  const role = `${name[0]?.toUpperCase()}${name.slice(1)}HandlerRole`;
  return Object.values(resources('AWS::IAM::Policy'))
    .filter((policy) => policy.Properties.Roles.some((r: { Ref: string }) => r.Ref.startsWith(role)))
    .flatMap((policy) => policy.Properties.PolicyDocument.Statement)
    .filter((statement: { Resource: unknown }) => !isFailureDestination(statement))
    .flatMap((statement: { Action: string | string[] }) => [statement.Action].flat())
    .filter(
      (action) =>
        /^(dynamodb|s3|ses|cognito-idp|lambda|sqs):/.test(action) && !eventSourceActions.includes(action),
    )
    .filter((action, index, all) => all.indexOf(action) === index)
    .sort();
}

describe.each(Object.keys(lambdaBundles) as LambdaName[])('the %s function', (name) => {
  it('may do exactly what its code calls on DynamoDB, S3, SES, Cognito, Lambda and SQS, nothing more', async () => {
    const called = await actionsCalledBy(lambdaBundles[name].entry);
    // A new command needs its IAM actions named in infra/aws-actions.ts first.
    expect(called.unknownCommands).toEqual([]);
    expect(grantedTo(name)).toEqual(called.actions);
  });
});

describe('the API function', () => {
  it('deletes one by one (an evidence file removed from its part), overwrites no report file, and scans nothing', () => {
    const granted = grantedTo('api');
    for (const action of ['dynamodb:BatchWriteItem', 'dynamodb:Scan', 's3:DeleteObjectVersion']) {
      expect(granted).not.toContain(action);
    }
  });

  it('is the only function besides the migrations that deletes an item', () => {
    const deleting = [];
    for (const name of Object.keys(lambdaBundles) as LambdaName[]) {
      if (grantedTo(name).includes('dynamodb:DeleteItem')) deleting.push(name);
    }
    expect(deleting.sort()).toEqual(['api', 'migrations']);
  });
});
