import { Token } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { tableDesign } from '../functions/db/table-design.js';
import { synthTestStack } from './synth-test-stack.js';

const { template, config, stack } = synthTestStack();

/** The logical id of the only resource of `type`. */
function onlyId(type: string): string {
  const ids = Object.keys(template.findResources(type));
  expect(ids).toHaveLength(1);
  return ids[0] ?? '';
}

const keySchema = (partitionKey: string, sortKey: string) => [
  { AttributeName: partitionKey, KeyType: 'HASH' },
  { AttributeName: sortKey, KeyType: 'RANGE' },
];
const arnOf = (id: string) => ({ 'Fn::GetAtt': [id, 'Arn'] });
const objectsOf = (id: string) => ({ 'Fn::Join': ['', [arnOf(id), '/*']] });

const tableId = onlyId('AWS::DynamoDB::GlobalTable');
const bucketIds = Object.keys(template.findResources('AWS::S3::Bucket'));
const functionId = onlyId('AWS::Lambda::Function');

describe('table', () => {
  it('has the keys and indexes of functions/db/table-design.ts', () => {
    template.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
      KeySchema: keySchema(tableDesign.partitionKey, tableDesign.sortKey),
      GlobalSecondaryIndexes: tableDesign.indexes.map((index) => ({
        IndexName: index.name,
        KeySchema: keySchema(index.partitionKey, index.sortKey),
        Projection: { ProjectionType: 'ALL' },
      })),
      TimeToLiveSpecification: { AttributeName: tableDesign.timeToLiveAttribute, Enabled: true },
    });
  });

  it('is on-demand, encrypted, recoverable, streamed and survives the stack', () => {
    template.hasResource('AWS::DynamoDB::GlobalTable', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: Match.objectLike({
        BillingMode: 'PAY_PER_REQUEST',
        SSESpecification: { SSEEnabled: true, SSEType: 'KMS' },
        StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' },
        Replicas: [
          Match.objectLike({
            DeletionProtectionEnabled: true,
            PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
          }),
        ],
      }),
    });
  });
});

describe('buckets', () => {
  it('are two, private, encrypted, versioned and retained', () => {
    expect(bucketIds).toHaveLength(2);
    template.allResources('AWS::S3::Bucket', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: Match.objectLike({
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        },
        BucketEncryption: {
          ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
        },
        VersioningConfiguration: { Status: 'Enabled' },
        LifecycleConfiguration: {
          Rules: [
            Match.objectLike({
              NoncurrentVersionExpiration: { NoncurrentDays: config.noncurrentVersionDays },
            }),
          ],
        },
      }),
    });
  });

  it.each(bucketIds)('%s refuses requests without TLS 1.2', (bucketId) => {
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: bucketId },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Deny',
            Action: 's3:*',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
            Resource: [arnOf(bucketId), objectsOf(bucketId)],
          }),
          Match.objectLike({ Effect: 'Deny', Condition: { NumericLessThan: { 's3:TlsVersion': 1.2 } } }),
        ]),
      },
    });
  });
});

describe('API function', () => {
  it('runs Node.js 22 on arm64 with the settings the handler parses', () => {
    const [reports, evidence] = ['Reports', 'Evidence'].map((name) =>
      bucketIds.find((id) => id.includes(name)),
    );
    template.hasResourceProperties('AWS::Lambda::Function', {
      Runtime: 'nodejs22.x',
      Architectures: ['arm64'],
      Handler: 'index.handler',
      MemorySize: 1024,
      Timeout: 29,
      Environment: {
        Variables: {
          STAGE: config.stage,
          TABLE_NAME: { Ref: tableId },
          REPORTS_BUCKET: { Ref: reports },
          EVIDENCE_BUCKET: { Ref: evidence },
          NODE_OPTIONS: '--enable-source-maps',
        },
      },
      LoggingConfig: { LogGroup: { Ref: onlyId('AWS::Logs::LogGroup') } },
    });
    template.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: config.logRetentionDays });
  });
});

describe('HTTP API', () => {
  it('sends /api/{proxy+} and everything else to the function', () => {
    const integrationId = onlyId('AWS::ApiGatewayV2::Integration');
    template.hasResourceProperties('AWS::ApiGatewayV2::Integration', {
      IntegrationType: 'AWS_PROXY',
      IntegrationUri: arnOf(functionId),
      PayloadFormatVersion: '2.0',
    });
    const routes = Object.values(template.findResources('AWS::ApiGatewayV2::Route'));
    expect(routes.map((route) => route.Properties.RouteKey).sort()).toEqual([
      '$default',
      'ANY /api/{proxy+}',
    ]);
    for (const route of routes) {
      expect(route.Properties.Target).toEqual({
        'Fn::Join': ['', ['integrations/', { Ref: integrationId }]],
      });
    }
  });

  it('throttles its one auto-deployed stage', () => {
    template.resourceCountIs('AWS::ApiGatewayV2::Stage', 1);
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: {
        ThrottlingRateLimit: config.apiRateLimit,
        ThrottlingBurstLimit: config.apiBurstLimit,
      },
    });
    template.hasOutput('ApiUrl', {});
  });
});

describe('IAM', () => {
  const statements = Object.values(template.findResources('AWS::IAM::Policy')).flatMap(
    (policy) => policy.Properties.PolicyDocument.Statement,
  );

  it('never grants on every resource', () => {
    expect(statements.length).toBeGreaterThan(0);
    for (const statement of statements) expect([statement.Resource].flat()).not.toContain('*');
  });

  it('lets the function use the table and its indexes, nothing else in DynamoDB', () => {
    const dynamo = statements.filter((s) => [s.Action].flat().some((a: string) => a.startsWith('dynamodb:')));
    expect(dynamo).toEqual([
      expect.objectContaining({
        Action: expect.arrayContaining(['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem']),
        Resource: [arnOf(tableId), { 'Fn::Join': ['', [arnOf(tableId), '/index/*']] }],
      }),
    ]);
  });

  it('scopes S3 access to the two buckets and cannot destroy old versions', () => {
    const s3 = statements.filter((s) => [s.Action].flat().some((a: string) => a.startsWith('s3:')));
    const allowed = bucketIds.flatMap((id) => [arnOf(id), objectsOf(id)]);
    for (const statement of s3) {
      for (const resource of [statement.Resource].flat()) expect(allowed).toContainEqual(resource);
      expect([statement.Action].flat()).not.toContain('s3:DeleteObject*');
      expect([statement.Action].flat()).not.toContain('s3:DeleteObjectVersion');
    }
    const actions = s3.flatMap((s) => [s.Action].flat());
    expect(actions).toEqual(expect.arrayContaining(['s3:GetObject*', 's3:PutObject', 's3:DeleteObject']));
  });
});

describe('stage and environment', () => {
  it('default to an environment-agnostic dev stack', () => {
    expect(stack.stackName).toBe('capaian-dev');
    expect(Token.isUnresolved(stack.region)).toBe(true);
    expect(Token.isUnresolved(stack.account)).toBe(true);
  });

  it('follow the context', () => {
    const prod = synthTestStack({ context: { stage: 'prod', region: 'ap-southeast-3' } });
    expect(prod.stack.stackName).toBe('capaian-prod');
    expect(prod.stack.region).toBe('ap-southeast-3');
    expect(prod.stack.tags.tagValues()).toEqual({ project: 'capaian', stage: 'prod' });
    prod.template.hasResourceProperties('AWS::ApiGatewayV2::Api', { Name: 'capaian-prod' });
    prod.template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ STAGE: 'prod' }) },
    });
  });
});
