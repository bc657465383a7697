import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import type { TConfig } from '../functions/config.js';
import type { TInfraConfig } from './config.js';
import { Api } from './constructs/api.js';
import { Auth } from './constructs/auth.js';
import { Backups } from './constructs/backups.js';
import { Buckets } from './constructs/buckets.js';
import { FailureQueue } from './constructs/failure-queue.js';
import { Mail } from './constructs/mail.js';
import { Migrations } from './constructs/migrations.js';
import { Monitoring } from './constructs/monitoring.js';
import { Outbox } from './constructs/outbox.js';
import { Reminders } from './constructs/reminders.js';
import { DataTable } from './constructs/table.js';
import { Web } from './constructs/web.js';
import { WebAppUpload } from './constructs/web-app-upload.js';
import { Workbooks } from './constructs/workbooks.js';

export type CapaianStackProps = StackProps & {
  config: TInfraConfig;
  /** The built web app (web/dist) to upload; unset, the site keeps what was uploaded last. */
  webDist?: string;
  /** The web firewall, from the stage's us-east-1 stack (EdgeStack); unset without one. */
  webAclArn?: string;
};

/** The environment of every function, named by functions/config.ts's keys so a rename breaks tsc. */
export type TFunctionEnvironment = Partial<Record<keyof TConfig, string>>;

/** Everything one stage of Capaian runs on. */
export class CapaianStack extends Stack {
  constructor(scope: Construct, id: string, props: CapaianStackProps) {
    const { config } = props;
    super(scope, id, {
      // An unset account keeps synth free of AWS credentials. The region is always explicit: the
      // web firewall's ARN comes from the us-east-1 stack's output (Fn::GetStackOutput).
      env: { account: config.account, region: config.region },
      description: `Capaian SAKIP performance reporting, stage ${config.stage}`,
      tags: { project: 'capaian', stage: config.stage },
      ...props,
    });
    const { stage, logRetentionDays: logRetention } = config;

    const data = new DataTable(this, 'Data');
    const buckets = new Buckets(this, 'Buckets', { noncurrentVersionDays: config.noncurrentVersionDays });
    const failures = new FailureQueue(this, 'Failures');
    const mail = new Mail(this, 'Mail', { identity: config.mailIdentity, fromAddress: config.mailFrom });
    const auth = new Auth(this, 'Auth', {
      stage,
      domainPrefix: config.authDomainPrefix,
      sesSender: config.userPoolEmailViaSes
        ? {
            fromAddress: config.mailFrom,
            fromName: config.mailFromName,
            identity: config.mailIdentity,
            configurationSet: mail.configurationSet.configurationSetName,
          }
        : undefined,
    });
    const web = new Web(this, 'Web', {
      stage,
      accessLogs: buckets.accessLogs,
      domain:
        config.webDomain && config.webCertificateArn
          ? { name: config.webDomain, certificateArn: config.webCertificateArn }
          : undefined,
      signInOrigin: auth.domain.baseUrl(),
      webAclArn: props.webAclArn,
      connectSources: [
        `https://cognito-idp.${this.region}.${this.urlSuffix}`,
        // Presigned uploads go to <bucket>.s3.<region>; naming the bucket here would make the
        // distribution depend on the bucket whose CORS rule depends on the distribution.
        `https://*.s3.${this.region}.${this.urlSuffix}`,
      ],
    });
    const webClient = auth.addWebClient(web.url);
    buckets.allowBrowserUploads(web.url);

    const environment = {
      STAGE: stage,
      TABLE_NAME: data.table.tableName,
      REPORTS_BUCKET: buckets.reports.bucketName,
      EVIDENCE_BUCKET: buckets.evidence.bucketName,
      APP_URL: web.url,
      MAIL_FROM: `${config.mailFromName} <${config.mailFrom}>`,
      SES_CONFIGURATION_SET: mail.configurationSet.configurationSetName,
      AUTH_MODE: 'cognito',
      COGNITO_USER_POOL_ID: auth.userPool.userPoolId,
      COGNITO_CLIENT_ID: webClient.userPoolClientId,
      // The API tells the web app where to sign in (GET /api/session/config).
      COGNITO_DOMAIN: auth.domain.baseUrl(),
    } satisfies TFunctionEnvironment;
    const jobProps = { stage, data, mail, failureQueue: failures.queue, environment, logRetention };

    const workbooks = new Workbooks(this, 'Workbook', {
      stage,
      buckets,
      environment,
      logRetention,
    });
    const api = new Api(this, 'Api', {
      stage,
      data,
      buckets,
      environment: {
        ...environment,
        WORKBOOK_FUNCTION_NAME: workbooks.handler.functionName,
      } satisfies TFunctionEnvironment,
      logRetention,
      throttle: { rateLimit: config.apiRateLimit, burstLimit: config.apiBurstLimit },
    });
    web.routeApi(api.httpApi, api.originSecret);
    workbooks.grantInvoke(api.handler);
    const outbox = new Outbox(this, 'Outbox', { ...jobProps, buckets });
    auth.grantAccessControl(outbox.handler);
    const reminders = new Reminders(this, 'Reminders', {
      ...jobProps,
      timeZone: config.timeZone,
    });
    new Migrations(this, 'Migrations', {
      stage,
      data,
      environment,
      logRetention,
      writers: [api.handler, outbox.handler, reminders.worker],
    });

    if (props.webDist) {
      new WebAppUpload(this, 'WebUpload', {
        distDir: props.webDist,
        bucket: web.bucket,
        distribution: web.distribution,
      });
    }

    const monitoring = new Monitoring(this, 'Monitoring', {
      stage,
      httpApi: api.httpApi,
      outbox: outbox.handler,
      // The sweep's worker is watched through its queue instead: a batch that crashes or times out
      // is delivered again, then parked in the failure queue; one that waits raises SweepQueueBehind.
      functions: {
        Api: api.handler,
        Outbox: outbox.handler,
        Reminders: reminders.handler,
        Workbook: workbooks.handler,
      },
      failureQueue: failures.queue,
      sweepQueue: reminders.queue,
      alarmEmail: config.alarmEmail,
    });

    const backups =
      config.awsBackup === 'off'
        ? undefined
        : new Backups(this, 'Backups', {
            stage,
            tableArn: data.table.tableArn,
            buckets: config.awsBackup === 'table-and-files' ? [buckets.reports, buckets.evidence] : [],
            timeZone: config.timeZone,
            alarmTopic: monitoring.topic,
          });

    const outputs = {
      WebUrl: web.url,
      // The only way in: the HTTP API refuses what did not come through CloudFront.
      ApiUrl: `${web.url}/api`,
      TableName: data.table.tableName,
      ReportsBucketName: buckets.reports.bucketName,
      EvidenceBucketName: buckets.evidence.bucketName,
      WebBucketName: web.bucket.bucketName,
      AccessLogsBucketName: buckets.accessLogs.bucketName,
      UserPoolId: auth.userPool.userPoolId,
      UserPoolClientId: webClient.userPoolClientId,
      SignInUrl: auth.domain.baseUrl(),
      ApiFunctionName: api.handler.functionName,
      OutboxFunctionName: outbox.handler.functionName,
      RemindersFunctionName: reminders.handler.functionName,
      RemindersWorkerFunctionName: reminders.worker.functionName,
      SweepQueueUrl: reminders.queue.queueUrl,
      FailureQueueUrl: failures.queue.queueUrl,
      AlarmTopicArn: monitoring.topic.topicArn,
      ...(backups
        ? { BackupVaultName: backups.vault.backupVaultName, BackupRoleArn: backups.role.roleArn }
        : {}),
    };
    for (const [name, value] of Object.entries(outputs)) new CfnOutput(this, name, { value });
  }
}
