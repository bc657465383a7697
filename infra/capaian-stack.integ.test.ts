import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Validations } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { parseConfig } from '../functions/config.js';
import { tableDesign } from '../functions/db/table-design.js';
import { metricNames, metricsNamespace } from '../functions/metric-names.js';
import { drainInput, outboxFilter } from './constructs/outbox.js';
import { sweepAttempts, sweepInput, sweepWorkersAtOnce } from './constructs/reminders.js';
import { projectRoot } from './lambda-entries.js';
import { synthTestStack } from './synth-test-stack.js';
import { arnOf, objectsOf, resolvePlaceholders, templateQueries } from './template-queries.js';

// One synthesis for the file, with CDK's CloudFormation schema validation on as in `cdk synth`.
const { template, config, stack, findings } = synthTestStack({ validateTemplate: true });
const { resources, idsOf, onlyId, idLike, propertiesOf } = templateQueries(template);

const tableId = onlyId('AWS::DynamoDB::GlobalTable');
const queueId = idLike('AWS::SQS::Queue', 'Failures');
const sweepQueueId = idLike('AWS::SQS::Queue', 'SweepQueue');
const bucketId = (name: string) => idLike('AWS::S3::Bucket', name);
const functionId = (name: 'Api' | 'Outbox' | 'Reminders' | 'RemindersWorker' | 'Migrations') =>
  idLike('AWS::Lambda::Function', `${name}Handler`);
// Ours: not the handler aws-cdk-lib's Trigger brings (its code, its runtime) to call the migrations.
const triggerProviderId = idLike('AWS::Lambda::Function', 'AWSCDKTrigger');
const functionIds = idsOf('AWS::Lambda::Function').filter((id) => id !== triggerProviderId);
const policyOfRole = (roleName: string) =>
  Object.values(resources('AWS::IAM::Policy')).find((policy) =>
    policy.Properties.Roles.some((role: { Ref: string }) => role.Ref.startsWith(roleName)),
  )?.Properties.PolicyDocument.Statement ?? [];
const statements = Object.values(resources('AWS::IAM::Policy')).flatMap(
  (policy) => policy.Properties.PolicyDocument.Statement,
);
const actionsOf = (statement: { Action: string | string[] }) => [statement.Action].flat();
const keySchema = (partitionKey: string, sortKey: string) => [
  { AttributeName: partitionKey, KeyType: 'HASH' },
  { AttributeName: sortKey, KeyType: 'RANGE' },
];

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
  const records = ['Reports', 'Evidence'].map(bucketId);

  it('are private, encrypted and kept with the stack, all of them', () => {
    expect(idsOf('AWS::S3::Bucket')).toHaveLength(4);
    template.allResources('AWS::S3::Bucket', {
      DeletionPolicy: 'Retain',
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
      }),
    });
  });

  it.each(records)(
    '%s is versioned, keeps old versions a while, archives a year-old file and logs access',
    (id) => {
      expect(propertiesOf(id)).toMatchObject({
        VersioningConfiguration: { Status: 'Enabled' },
        LifecycleConfiguration: {
          Rules: expect.arrayContaining([
            expect.objectContaining({
              NoncurrentVersionExpiration: { NoncurrentDays: config.noncurrentVersionDays },
            }),
            expect.objectContaining({
              ObjectSizeGreaterThan: 131072,
              Transitions: [{ StorageClass: 'GLACIER_IR', TransitionInDays: 365 }],
            }),
          ]),
        },
        LoggingConfiguration: { DestinationBucketName: { Ref: bucketId('AccessLogs') } },
      });
    },
  );

  it('keeps uploaded workbooks, evidence uploads not taken in and the sheets handed to the workbook function, which are no record, a day', () => {
    const rules = propertiesOf(bucketId('Evidence') ?? '').LifecycleConfiguration.Rules;
    expect(rules.filter((rule: { Prefix?: string }) => rule.Prefix)).toEqual(
      ['uploads/', 'pending/', 'sheet-models/'].map((Prefix) =>
        expect.objectContaining({
          Prefix,
          ExpirationInDays: 1,
          NoncurrentVersionExpiration: { NoncurrentDays: 1 },
        }),
      ),
    );
  });

  it.each(idsOf('AWS::S3::Bucket'))('%s refuses requests without TLS 1.2', (id) => {
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: id },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Deny',
            Action: 's3:*',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
            Resource: [arnOf(id), objectsOf(id)],
          }),
          Match.objectLike({ Effect: 'Deny', Condition: { NumericLessThan: { 's3:TlsVersion': 1.2 } } }),
        ]),
      },
    });
  });

  it('keep S3 access logs over a year', () => {
    expect(propertiesOf(bucketId('AccessLogs')).LifecycleConfiguration.Rules).toEqual([
      expect.objectContaining({ ExpirationInDays: 400, Status: 'Enabled' }),
    ]);
  });

  it('lets only the web origin upload evidence from a browser', () => {
    const withCors = idsOf('AWS::S3::Bucket').filter((id) => propertiesOf(id).CorsConfiguration);
    expect(withCors).toEqual([bucketId('Evidence')]);
    expect(propertiesOf(bucketId('Evidence')).CorsConfiguration.CorsRules).toEqual([
      expect.objectContaining({
        AllowedMethods: ['PUT', 'GET'],
        AllowedOrigins: [
          {
            'Fn::Join': [
              '',
              ['https://', { 'Fn::GetAtt': [onlyId('AWS::CloudFront::Distribution'), 'DomainName'] }],
            ],
          },
        ],
      }),
    ]);
  });
});

describe('functions', () => {
  it("are the API, the outbox processor, the reminder sweep's two, the workbook reader and the migrations", () => {
    expect(functionIds).toHaveLength(6);
  });

  it.each(functionIds)(
    '%s runs Node.js 24 on arm64, source maps read only to log an error, JSON logs kept for the configured days',
    (id) => {
      const properties = propertiesOf(id);
      expect(properties).toMatchObject({
        Runtime: 'nodejs24.x',
        Architectures: ['arm64'],
        Handler: 'index.handler',
        LoggingConfig: { LogFormat: 'JSON' },
      });
      // functions/log.ts maps a stack when it logs it: Node parsing the map at start would cost.
      expect(properties.Environment.Variables.NODE_OPTIONS).toBeUndefined();
      const logGroupId = properties.LoggingConfig.LogGroup.Ref;
      expect(propertiesOf(logGroupId).RetentionInDays).toBe(config.logRetentionDays);
    },
  );

  it.each(functionIds)('%s gets every setting functions/config.ts needs on AWS', (id) => {
    const variables: Record<string, unknown> = propertiesOf(id).Environment.Variables;
    const env = Object.fromEntries(
      Object.entries(variables).map(([key, value]) => [key, resolvePlaceholders(value)]),
    );
    // Lambda refuses reserved names such as AWS_REGION; it sets them itself.
    expect(Object.keys(env).filter((key) => key.startsWith('AWS_'))).toEqual([]);
    const parsed = parseConfig(env);
    expect(parsed).toMatchObject({
      STAGE: config.stage,
      AUTH_MODE: 'cognito',
      APP_URL: 'https://resolved-at-deploy',
      MAIL_FROM: `${config.mailFromName} <${config.mailFrom}>`,
      SES_CONFIGURATION_SET: 'resolved-at-deploy',
      COGNITO_DOMAIN: `https://resolved-at-deploy.auth.${config.region}.amazoncognito.com`,
    });
    expect(parsed.LOCAL_AUTH_SECRET).toBeUndefined();
    expect(variables).toMatchObject({
      TABLE_NAME: { Ref: tableId },
      REPORTS_BUCKET: { Ref: bucketId('Reports') },
      EVIDENCE_BUCKET: { Ref: bucketId('Evidence') },
      COGNITO_USER_POOL_ID: { Ref: onlyId('AWS::Cognito::UserPool') },
      COGNITO_CLIENT_ID: { Ref: onlyId('AWS::Cognito::UserPoolClient') },
    });
  });
});

describe('IAM', () => {
  it('never grants on every resource', () => {
    expect(statements.length).toBeGreaterThan(0);
    for (const statement of statements) expect([statement.Resource].flat()).not.toContain('*');
  });

  it.each(['Api', 'Outbox', 'Reminders', 'RemindersWorker'])(
    '%s reaches the table and its indexes by name only',
    (name) => {
      const dynamo = policyOfRole(`${name}HandlerRole`).filter((s: { Action: string[] }) =>
        actionsOf(s).includes('dynamodb:Query'),
      );
      expect(dynamo).toHaveLength(1);
      expect(actionsOf(dynamo[0])).not.toContain('dynamodb:Scan');
      expect(dynamo[0].Resource).toEqual([
        arnOf(tableId),
        ...tableDesign.indexes.map((index) => ({
          'Fn::Join': ['', [arnOf(tableId), `/index/${index.name}`]],
        })),
      ]);
    },
  );

  it('lets only the outbox processor read the stream, and only the stream', () => {
    const stream = statements.filter((s) => actionsOf(s).includes('dynamodb:GetRecords'));
    expect(stream).toEqual([expect.objectContaining({ Resource: { 'Fn::GetAtt': [tableId, 'StreamArn'] } })]);
    expect(policyOfRole('OutboxHandlerRole')).toContainEqual(stream[0]);
  });

  it('lets the API download reports, up- and download and delete evidence, the outbox store report files; nothing else is deleted', () => {
    const s3Of = (role: string) =>
      policyOfRole(role)
        .filter((s: { Action: string[] }) => actionsOf(s).some((a) => a.startsWith('s3:')))
        .map((s: { Action: string[]; Resource: unknown }) => ({
          actions: actionsOf(s).sort(),
          resource: s.Resource,
        }));
    const [reports, evidence] = ['Reports', 'Evidence'].map(bucketId);
    expect(s3Of('ApiHandlerRole')).toEqual(
      expect.arrayContaining([
        { actions: ['s3:GetObject'], resource: objectsOf(reports ?? '') },
        {
          actions: ['s3:DeleteObject', 's3:GetObject', 's3:PutObject'],
          resource: objectsOf(evidence ?? ''),
        },
        {
          actions: ['s3:ListBucket'],
          resource: expect.arrayContaining([arnOf(reports ?? ''), arnOf(evidence ?? '')]),
        },
      ]),
    );
    expect(s3Of('ApiHandlerRole')).toHaveLength(3);
    expect(s3Of('OutboxHandlerRole')).toEqual([
      { actions: ['s3:PutObject'], resource: objectsOf(reports ?? '') },
    ]);
    expect(s3Of('RemindersHandlerRole')).toEqual([]);
    expect(s3Of('RemindersWorkerHandlerRole')).toEqual([]);
    // The workbook function deletes a refused upload at once; the API an evidence file removed from
    // its part. Nothing else is ever deleted, and no version: a removed file stays recoverable.
    // It reads the sheets the API hands it under sheet-models/, and nothing else there.
    const uploads = { 'Fn::Join': ['', [arnOf(evidence ?? ''), '/uploads/*']] };
    expect(s3Of('WorkbookHandlerRole')).toEqual([
      { actions: ['s3:DeleteObject', 's3:GetObject', 's3:PutObject'], resource: uploads },
      {
        actions: ['s3:GetObject'],
        resource: { 'Fn::Join': ['', [arnOf(evidence ?? ''), '/sheet-models/*']] },
      },
    ]);
    const deletes = statements.filter((s) => actionsOf(s).some((a: string) => a.startsWith('s3:Delete')));
    expect(deletes.map((s: { Resource: unknown }) => s.Resource)).toEqual(
      expect.arrayContaining([uploads, objectsOf(evidence ?? '')]),
    );
    expect(deletes.flatMap(actionsOf).filter((a: string) => a.startsWith('s3:Delete'))).toEqual([
      's3:DeleteObject',
      's3:DeleteObject',
    ]);
  });

  it("lets only the outbox processor invite, disable, enable and sign out the pool's users", () => {
    const cognito = statements.filter((s) => actionsOf(s).some((a) => a.startsWith('cognito-idp:')));
    expect(cognito).toEqual([
      expect.objectContaining({
        Action: [
          'cognito-idp:AdminCreateUser',
          'cognito-idp:AdminDisableUser',
          'cognito-idp:AdminEnableUser',
          'cognito-idp:AdminGetUser',
          'cognito-idp:AdminUserGlobalSignOut',
        ],
        Resource: { 'Fn::GetAtt': [onlyId('AWS::Cognito::UserPool'), 'Arn'] },
      }),
    ]);
    expect(policyOfRole('OutboxHandlerRole')).toContainEqual(cognito[0]);
  });

  it('invites new users in Indonesian, with a temporary password valid for 7 days', () => {
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      AdminCreateUserConfig: Match.objectLike({
        AllowAdminCreateUserOnly: true,
        InviteMessageTemplate: {
          EmailSubject: Match.stringLikeRegexp('^Undangan ke Capaian'),
          EmailMessage: Match.stringLikeRegexp('Anda diundang ke Capaian.*\\{username\\}.*\\{####\\}'),
        },
      }),
      Policies: { PasswordPolicy: Match.objectLike({ TemporaryPasswordValidityDays: 7 }) },
    });
  });

  it('lets only the jobs send email, as the configured sender through the identity and configuration set', () => {
    const ses = statements.filter((s) => actionsOf(s).some((a) => a.startsWith('ses:')));
    expect(ses).toHaveLength(2);
    expect(
      policyOfRole('ApiHandlerRole')
        .flatMap(actionsOf)
        .filter((a: string) => a.startsWith('ses:')),
    ).toEqual([]);
    for (const statement of ses) {
      expect(statement).toMatchObject({
        Action: 'ses:SendEmail',
        Condition: { StringEquals: { 'ses:FromAddress': config.mailFrom } },
      });
      const resources = JSON.stringify(statement.Resource);
      expect(resources).toContain(onlyId('AWS::SES::EmailIdentity'));
      expect(resources).toContain(onlyId('AWS::SES::ConfigurationSet'));
    }
  });
});

describe('HTTP API', () => {
  it('sends /api/{proxy+} and everything else to the API function', () => {
    const integrationId = onlyId('AWS::ApiGatewayV2::Integration');
    template.hasResourceProperties('AWS::ApiGatewayV2::Integration', {
      IntegrationType: 'AWS_PROXY',
      IntegrationUri: arnOf(functionId('Api')),
      PayloadFormatVersion: '2.0',
    });
    const routes = Object.values(resources('AWS::ApiGatewayV2::Route'));
    expect(routes.map((route) => route.Properties.RouteKey).sort()).toEqual([
      '$default',
      'ANY /api/{proxy+}',
    ]);
    for (const route of routes) {
      expect(route.Properties.AuthorizationType ?? 'NONE').toBe('NONE');
      expect(route.Properties.Target).toEqual({
        'Fn::Join': ['', ['integrations/', { Ref: integrationId }]],
      });
    }
  });

  it('keeps its access log over a year, and when the stack is deleted', () => {
    expect(template.toJSON().Resources[idLike('AWS::Logs::LogGroup', 'ApiAccessLogs')]).toMatchObject({
      Properties: { RetentionInDays: 400 },
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
    });
  });

  it('throttles its one auto-deployed stage and logs every request', () => {
    template.resourceCountIs('AWS::ApiGatewayV2::Stage', 1);
    const stage = propertiesOf(onlyId('AWS::ApiGatewayV2::Stage'));
    expect(stage).toMatchObject({
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: {
        ThrottlingRateLimit: config.apiRateLimit,
        ThrottlingBurstLimit: config.apiBurstLimit,
      },
      AccessLogSettings: { DestinationArn: arnOf(idLike('AWS::Logs::LogGroup', 'ApiAccessLogs')) },
    });
    expect(JSON.parse(stage.AccessLogSettings.Format)).toMatchObject({ requestId: '$context.requestId' });
  });
});

describe('outbox processor', () => {
  const mapping = () => propertiesOf(idLike('AWS::Lambda::EventSourceMapping', 'Outbox'));

  it('reads the table stream, woken only by new outbox items', () => {
    expect(mapping()).toMatchObject({
      FunctionName: { Ref: functionId('Outbox') },
      EventSourceArn: { 'Fn::GetAtt': [tableId, 'StreamArn'] },
      StartingPosition: 'TRIM_HORIZON',
    });
    const [filter] = mapping().FilterCriteria.Filters;
    expect(JSON.parse(filter.Pattern)).toEqual({
      eventName: ['INSERT'],
      dynamodb: { NewImage: { type: { S: ['outbox'] } } },
    });
    expect(filter.Pattern).toBe(outboxFilter.pattern);
  });

  it('retries only failed records, bisects, gives up after a few attempts into the failure queue', () => {
    expect(mapping()).toMatchObject({
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      BisectBatchOnFunctionError: true,
      MaximumRetryAttempts: 5,
      DestinationConfig: { OnFailure: { Destination: arnOf(queueId) } },
    });
  });

  it('runs the due retries every minute with a payload its own schema accepts, nothing parked', async () => {
    const { ZDrainPayloadSchema } = await import('../functions/outbox/lambda.js');
    const schedule = propertiesOf(idLike('AWS::Scheduler::Schedule', 'Minutely'));
    expect(schedule).toMatchObject({
      ScheduleExpression: 'rate(1 minute)',
      State: 'ENABLED',
      Target: { Arn: arnOf(functionId('Outbox')), RetryPolicy: { MaximumRetryAttempts: 0 } },
    });
    expect(schedule.Target.DeadLetterConfig).toBeUndefined();
    expect(ZDrainPayloadSchema.parse(JSON.parse(schedule.Target.Input))).toEqual(drainInput);
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: { Ref: functionId('Outbox') },
      MaximumRetryAttempts: 0,
    });
  });

  it.each(['Outbox', 'Reminders', 'RemindersWorker'] as const)(
    '%s holds its claims exactly as long as it may run',
    (name) => {
      const properties = propertiesOf(functionId(name));
      expect(properties.Environment.Variables.LEASE_SECONDS).toBe(String(properties.Timeout));
    },
  );
});

describe('reminder sweep', () => {
  const schedule = () => propertiesOf(idLike('AWS::Scheduler::Schedule', 'Hourly'));

  it('runs every hour (each agency is swept in its own sending hour)', () => {
    expect(schedule()).toMatchObject({
      ScheduleExpression: 'cron(0 * * * ? *)',
      ScheduleExpressionTimezone: config.timeZone,
      FlexibleTimeWindow: { Mode: 'OFF' },
      State: 'ENABLED',
    });
    expect(config).toMatchObject({ timeZone: 'Asia/Makassar' });
  });

  it('invokes the reminders function with a payload its own schema accepts', async () => {
    const { ZSweepPayloadSchema } = await import('../functions/reminders/fan-out-sweep.js');
    const target = schedule().Target;
    expect(target.Arn).toEqual(arnOf(functionId('Reminders')));
    expect(JSON.parse(target.Input)).toEqual(sweepInput);
    // Scheduler replaces the placeholder with the ISO time the run was scheduled for.
    const delivered = target.Input.replace('<aws.scheduler.scheduled-time>', '2026-04-10T00:00:00Z');
    expect(ZSweepPayloadSchema.parse(JSON.parse(delivered))).toEqual({
      at: '2026-04-10T00:00:00Z',
      scheduled: true,
    });
  });

  it('parks undeliverable or failed sweeps in the failure queue', () => {
    expect(schedule().Target).toMatchObject({
      DeadLetterConfig: { Arn: arnOf(queueId) },
      RetryPolicy: { MaximumRetryAttempts: 3 },
      RoleArn: arnOf(idLike('AWS::IAM::Role', 'RemindersSchedulerRole')),
    });
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: { Ref: functionId('Reminders') },
      DestinationConfig: { OnFailure: { Destination: arnOf(queueId) } },
    });
    const invoke = policyOfRole('RemindersSchedulerRole').find(
      (s: { Action: string }) => s.Action === 'lambda:InvokeFunction',
    );
    expect(invoke.Resource[0]).toEqual(arnOf(functionId('Reminders')));
  });

  it('hands the agencies due to the sweep queue, which only the scheduled function may send to', () => {
    const variables = propertiesOf(functionId('Reminders')).Environment.Variables;
    expect(variables.SWEEP_QUEUE_URL).toEqual({ Ref: sweepQueueId });
    const senders = statements.filter(
      (s) => actionsOf(s).includes('sqs:SendMessage') && JSON.stringify(s.Resource).includes(sweepQueueId),
    );
    expect(senders).toEqual([
      expect.objectContaining({ Action: 'sqs:SendMessage', Resource: arnOf(sweepQueueId) }),
    ]);
    expect(policyOfRole('RemindersHandlerRole')).toContainEqual(senders[0]);
    expect(propertiesOf(functionId('RemindersWorker')).Environment.Variables.SWEEP_QUEUE_URL).toBeUndefined();
  });

  it('sweeps one batch per worker, a bounded number at once, retried, then parked in the failure queue', () => {
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: functionId('RemindersWorker') },
      EventSourceArn: arnOf(sweepQueueId),
      BatchSize: 1,
      ScalingConfig: { MaximumConcurrency: sweepWorkersAtOnce },
      FunctionResponseTypes: ['ReportBatchItemFailures'],
    });
    const queue = propertiesOf(sweepQueueId);
    expect(queue.RedrivePolicy).toEqual({
      deadLetterTargetArn: arnOf(queueId),
      maxReceiveCount: sweepAttempts,
    });
    // Not redelivered while a worker may still be sweeping it.
    expect(queue.VisibilityTimeout).toBeGreaterThanOrEqual(
      propertiesOf(functionId('RemindersWorker')).Timeout * 6,
    );
    expect(queue.SqsManagedSseEnabled).toBe(true);
  });
});

describe('migrations', () => {
  const run = template.toJSON().Resources[onlyId('Custom::Trigger')];
  const migrations = functionId('Migrations');

  it('run in the deploy, whenever their code changes, waiting for the function to finish', () => {
    const version = idLike('AWS::Lambda::Version', 'MigrationsHandlerCurrentVersion');
    expect(propertiesOf(version).FunctionName).toEqual({ Ref: migrations });
    expect(run.Properties).toMatchObject({
      HandlerArn: { Ref: version },
      InvocationType: 'RequestResponse',
      ExecuteOnHandlerChange: true,
      // As long as Lambda lets the function run.
      Timeout: String(propertiesOf(migrations).Timeout * 1000),
    });
    expect(propertiesOf(migrations).Timeout).toBe(900);
  });

  it('run after the table and every function that writes it run the new code', () => {
    expect(run.DependsOn).toEqual(
      expect.arrayContaining([
        tableId,
        functionId('Api'),
        functionId('Outbox'),
        functionId('RemindersWorker'),
      ]),
    );
  });

  it('alone scan the table; the handler that calls them may invoke them and nothing else', () => {
    const scanners = Object.values(resources('AWS::IAM::Policy'))
      .filter((policy) =>
        policy.Properties.PolicyDocument.Statement.some((statement: { Action: string | string[] }) =>
          actionsOf(statement).includes('dynamodb:Scan'),
        ),
      )
      .map((policy) => policy.Properties.Roles);
    expect(scanners).toEqual([[{ Ref: idLike('AWS::IAM::Role', 'MigrationsHandlerRole') }]]);
    const providerRole = propertiesOf(propertiesOf(triggerProviderId).Role['Fn::GetAtt'][0]);
    expect(
      providerRole.Policies.flatMap(
        (p: { PolicyDocument: { Statement: unknown[] } }) => p.PolicyDocument.Statement,
      ),
    ).toEqual([
      {
        Effect: 'Allow',
        Action: ['lambda:InvokeFunction'],
        Resource: [{ 'Fn::Join': ['', [arnOf(migrations), ':*']] }],
      },
    ]);
  });
});

describe('backups', () => {
  const plan = () => propertiesOf(onlyId('AWS::Backup::BackupPlan')).BackupPlan;
  const vaultId = onlyId('AWS::Backup::BackupVault');

  it('back up the table (awsBackup=table, the default)', () => {
    const selection = propertiesOf(onlyId('AWS::Backup::BackupSelection')).BackupSelection;
    expect(selection.Resources).toEqual([arnOf(tableId)]);
  });

  it('back up the table and both record buckets with awsBackup=table-and-files (versioned, as S3 backup needs)', () => {
    const withFiles = synthTestStack({ context: { awsBackup: 'table-and-files' } });
    const queries = templateQueries(withFiles.template);
    const selection = queries.propertiesOf(queries.onlyId('AWS::Backup::BackupSelection')).BackupSelection;
    expect(selection.Resources).toEqual([
      arnOf(queries.onlyId('AWS::DynamoDB::GlobalTable')),
      ...['Reports', 'Evidence'].map((name) => arnOf(queries.idLike('AWS::S3::Bucket', name))),
    ]);
    for (const name of ['Reports', 'Evidence']) {
      expect(queries.propertiesOf(queries.idLike('AWS::S3::Bucket', name)).VersioningConfiguration).toEqual({
        Status: 'Enabled',
      });
    }
    const role = queries.propertiesOf(selection.IamRoleArn['Fn::GetAtt'][0]);
    expect(role.AssumeRolePolicyDocument.Statement).toEqual([
      expect.objectContaining({ Principal: { Service: 'backup.amazonaws.com' } }),
    ]);
    const policies = JSON.stringify(role.ManagedPolicyArns);
    for (const name of ['ForBackup', 'ForRestores', 'ForS3Backup', 'ForS3Restore']) {
      expect(policies).toContain(`AWSBackupServiceRolePolicy${name}"`);
    }
  });

  it('are not made with awsBackup=off: no plan, no vault, no outputs naming them', () => {
    const off = synthTestStack({ context: { awsBackup: 'off' } });
    expect(off.template.findResources('AWS::Backup::BackupPlan')).toEqual({});
    expect(off.template.findResources('AWS::Backup::BackupVault')).toEqual({});
    expect(Object.keys(off.template.toJSON().Outputs)).not.toContain('BackupVaultName');
  });

  it('run nightly (kept a week) and monthly (kept a year) in the agencies’ zone, into the vault', () => {
    expect(plan().BackupPlanRule).toEqual([
      expect.objectContaining({
        RuleName: 'daily',
        ScheduleExpression: 'cron(0 2 * * ? *)',
        ScheduleExpressionTimezone: config.timeZone,
        Lifecycle: { DeleteAfterDays: 7 },
        TargetBackupVault: { 'Fn::GetAtt': [vaultId, 'BackupVaultName'] },
      }),
      expect.objectContaining({
        RuleName: 'monthly',
        ScheduleExpression: 'cron(0 3 1 * ? *)',
        ScheduleExpressionTimezone: config.timeZone,
        Lifecycle: { DeleteAfterDays: 365 },
        TargetBackupVault: { 'Fn::GetAtt': [vaultId, 'BackupVaultName'] },
      }),
    ]);
  });

  it('keep recovery points in a vault nobody can empty by hand, kept with the stack, failures told', () => {
    expect(template.toJSON().Resources[vaultId]).toMatchObject({
      DeletionPolicy: 'Retain',
      Properties: {
        AccessPolicy: {
          Statement: [
            expect.objectContaining({
              Effect: 'Deny',
              Action: ['backup:DeleteRecoveryPoint', 'backup:UpdateRecoveryPointLifecycle'],
            }),
          ],
        },
        Notifications: {
          BackupVaultEvents: expect.arrayContaining(['BACKUP_JOB_FAILED', 'RESTORE_JOB_FAILED']),
          SNSTopicArn: { Ref: onlyId('AWS::SNS::Topic') },
        },
      },
    });
  });
});

describe('monitoring', () => {
  const alarms = Object.values(resources('AWS::CloudWatch::Alarm')).map((alarm) => alarm.Properties);
  const topicId = onlyId('AWS::SNS::Topic');

  it('alarms on API 5xx, each function’s errors and throttles, outbox lag and the failure queue', () => {
    const watched = alarms.map((alarm) => `${alarm.Namespace}/${alarm.MetricName}`).sort();
    expect(watched).toEqual([
      'AWS/ApiGateway/5xx',
      ...Array(4).fill('AWS/Lambda/Errors'),
      'AWS/Lambda/IteratorAge',
      ...Array(4).fill('AWS/Lambda/Throttles'),
      'AWS/SQS/ApproximateAgeOfOldestMessage',
      'AWS/SQS/ApproximateNumberOfMessagesVisible',
      `${metricsNamespace}/${metricNames.emailsFailed}`,
      `${metricsNamespace}/${metricNames.oldestPendingEventAge}`,
      `${metricsNamespace}/${metricNames.outboxEventsFailed}`,
    ]);
    for (const alarm of alarms) {
      expect(alarm.AlarmActions).toEqual([{ Ref: topicId }]);
      expect(alarm.TreatMissingData).toBe('notBreaching');
    }
  });

  it('alarms when the outbox processor reads the stream 5 minutes behind', () => {
    const [iteratorAge] = alarms.filter((alarm) => alarm.MetricName === 'IteratorAge');
    expect(iteratorAge).toMatchObject({
      Dimensions: [{ Name: 'FunctionName', Value: { Ref: functionId('Outbox') } }],
      Statistic: 'Maximum',
      Threshold: 300_000,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    });
  });

  it('alarms when any email fails or an outbox event fails for good, on the metrics the functions publish', () => {
    for (const name of [metricNames.emailsFailed, metricNames.outboxEventsFailed]) {
      expect(alarms.find((alarm) => alarm.MetricName === name)).toMatchObject({
        Namespace: metricsNamespace,
        Dimensions: [{ Name: 'Stage', Value: config.stage }],
        Statistic: 'Sum',
        Threshold: 1,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
        AlarmActions: [{ Ref: topicId }],
      });
    }
  });

  it('alarms when an outbox event has waited 15 minutes, on the metric the functions publish', () => {
    const [stuck] = alarms.filter((alarm) => alarm.MetricName === metricNames.oldestPendingEventAge);
    expect(stuck).toMatchObject({
      MetricName: 'OldestPendingEventAgeSeconds',
      Dimensions: [{ Name: 'Stage', Value: config.stage }],
      Statistic: 'Maximum',
      Threshold: 900,
      // Until the emitter publishes, and on quiet nights, no data is no alarm.
      TreatMissingData: 'notBreaching',
    });
  });

  it('publishes to a topic that refuses plain HTTP, and draws a dashboard', () => {
    template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
    template.resourceCountIs('AWS::CloudWatch::Dashboard', 1);
  });

  it('charts every business metric on the dashboard', () => {
    const body = JSON.stringify(propertiesOf(onlyId('AWS::CloudWatch::Dashboard')).DashboardBody);
    for (const name of Object.values(metricNames)) expect(body).toContain(`\\"${name}\\"`);
  });
});

describe('outputs', () => {
  it('give every value the commands in DEPLOY.md ask for', () => {
    const deploy = readFileSync(join(projectRoot, 'docs/DEPLOY.md'), 'utf8');
    // <Name> placeholders, but not the alarm names <Function>Errors and <Function>Throttles.
    const asked = new Set(
      [...deploy.matchAll(/<([A-Z][A-Za-z]+)>(?!Errors|Throttles)/g)].map((m) => m[1] ?? ''),
    );
    expect(asked.size).toBeGreaterThan(5);
    expect([...asked].filter((name) => !(name in template.toJSON().Outputs))).toEqual([]);
  });
});

describe('validation: cdk-nag (AwsSolutions) and the CloudFormation schema', () => {
  it('passes: synthesis above would have thrown on any unacknowledged finding', () => {
    expect(template.toJSON().Resources).toBeDefined();
  });

  it('leaves no warning for `cdk synth` and `cdk deploy` to print', () => {
    expect(findings).toEqual([]);
  });

  it('acknowledges each finding with a reason', () => {
    const acknowledged = stack.node
      .findAll()
      .flatMap((construct) => construct.node.metadata)
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) => Object.entries(z.record(z.string(), z.string()).parse(entry.data)));
    expect(acknowledged.length).toBeGreaterThan(0);
    for (const [id, reason] of acknowledged) {
      expect(id).toMatch(/AwsSolutions-[A-Z]+\d+|CloudFormation-Validate::W\d+/);
      expect(reason.length, id).toBeGreaterThan(40);
    }
  });
});
