import { describe, expect, it } from 'vitest';
import { actionsCalledBy } from './aws-actions.js';
import { type LambdaName, lambdaBundles } from './lambda-entries.js';
import { synthTestStack } from './synth-test-stack.js';
import { templateQueries } from './template-queries.js';

const { template } = synthTestStack();
const { resources } = templateQueries(template);

/** The stream reading of the outbox's event source mapping: granted by CDK, not called by our code. */
const streamActions = [
  'dynamodb:DescribeStream',
  'dynamodb:GetRecords',
  'dynamodb:GetShardIterator',
  'dynamodb:ListStreams',
];

/** What the function's role may do to the table, the buckets, SES, the user pool and other functions. */
function grantedTo(name: LambdaName): string[] {
  const role = `${name[0]?.toUpperCase()}${name.slice(1)}HandlerRole`;
  return Object.values(resources('AWS::IAM::Policy'))
    .filter((policy) => policy.Properties.Roles.some((r: { Ref: string }) => r.Ref.startsWith(role)))
    .flatMap((policy) => policy.Properties.PolicyDocument.Statement)
    .flatMap((statement: { Action: string | string[] }) => [statement.Action].flat())
    .filter(
      (action) => /^(dynamodb|s3|ses|cognito-idp|lambda):/.test(action) && !streamActions.includes(action),
    )
    .filter((action, index, all) => all.indexOf(action) === index)
    .sort();
}

describe.each(Object.keys(lambdaBundles) as LambdaName[])('the %s function', (name) => {
  it('may do exactly what its code calls on DynamoDB, S3, SES, Cognito and Lambda, nothing more', async () => {
    const called = await actionsCalledBy(lambdaBundles[name].entry);
    // A new command needs its IAM actions named in infra/aws-actions.ts first.
    expect(called.unknownCommands).toEqual([]);
    expect(grantedTo(name)).toEqual(called.actions);
  });
});

describe('the API function', () => {
  it('can delete nothing, overwrite no report file, and scan nothing', () => {
    const granted = grantedTo('api');
    for (const action of [
      'dynamodb:DeleteItem',
      'dynamodb:BatchWriteItem',
      'dynamodb:Scan',
      's3:DeleteObject',
    ]) {
      expect(granted).not.toContain(action);
    }
  });
});
