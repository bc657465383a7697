import { Duration, RemovalPolicy, TimeZone, Validations } from 'aws-cdk-lib';
import {
  BackupPlan,
  BackupPlanRule,
  BackupResource,
  BackupSelection,
  BackupVault,
  BackupVaultEvents,
} from 'aws-cdk-lib/aws-backup';
import { Schedule } from 'aws-cdk-lib/aws-events';
import { ManagedPolicy, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';

export type BackupsProps = {
  stage: string;
  /**
   * The table's ARN, and the buckets with the agency's records to back up too (versioned: S3
   * backup needs it); none, the table alone (`awsBackup`).
   */
  tableArn: string;
  buckets: IBucket[];
  /** The agencies' time zone: backups run at night there. */
  timeZone: string;
  /** Told when a backup fails and when a restore finishes or fails. */
  alarmTopic: ITopic;
};

/**
 * How long each kind of recovery point is kept. Nightly copies a week: the table's point-in-time
 * recovery already reaches any second of the last 35 days, and each copy is a full one billed by
 * the GB (35 of them were a regency's largest fixed cost by year 5; docs/DEPLOY.md).
 */
const backupRetention = { dailyDays: 7, monthlyDays: 365 } as const;

/**
 * AWS Backup of the agencies' records: the table and the reports and evidence buckets, every
 * night (kept a week) and on the first of each month (kept a year), into a vault of the stage
 * whose recovery points nobody can delete by hand. Point-in-time recovery and S3 versioning
 * cover mistakes of the last weeks; these cover the year, and survive the table being deleted.
 */
export class Backups extends Construct {
  readonly vault: BackupVault;
  readonly plan: BackupPlan;
  /** What a restore job runs as (`aws backup start-restore-job --iam-role-arn`). */
  readonly role: Role;

  constructor(scope: Construct, id: string, props: BackupsProps) {
    super(scope, id);
    this.vault = new BackupVault(this, 'Vault', {
      // No fixed name: a vault kept from a deleted stack must not block deploying it again.
      blockRecoveryPointDeletion: true,
      notificationTopic: props.alarmTopic,
      notificationEvents: [
        BackupVaultEvents.BACKUP_JOB_FAILED,
        BackupVaultEvents.RESTORE_JOB_COMPLETED,
        BackupVaultEvents.RESTORE_JOB_FAILED,
      ],
      // Holds the only copies older than 35 days: kept when the stack goes.
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.role = this.serviceRole();
    const timeZone = TimeZone.of(props.timeZone);
    this.plan = new BackupPlan(this, 'Plan', {
      backupPlanName: `capaian-${props.stage}`,
      backupPlanRules: [
        new BackupPlanRule({
          ruleName: 'daily',
          backupVault: this.vault,
          // 02:00 in the agencies' zone, when nobody reports.
          scheduleExpression: Schedule.cron({ minute: '0', hour: '2' }),
          scheduleExpressionTimezone: timeZone,
          startWindow: Duration.hours(1),
          completionWindow: Duration.hours(4),
          deleteAfter: Duration.days(backupRetention.dailyDays),
        }),
        new BackupPlanRule({
          ruleName: 'monthly',
          backupVault: this.vault,
          scheduleExpression: Schedule.cron({ day: '1', minute: '0', hour: '3' }),
          scheduleExpressionTimezone: timeZone,
          startWindow: Duration.hours(1),
          completionWindow: Duration.hours(4),
          deleteAfter: Duration.days(backupRetention.monthlyDays),
        }),
      ],
    });
    new BackupSelection(this, 'Records', {
      backupPlan: this.plan,
      backupSelectionName: 'records',
      resources: [props.tableArn, ...props.buckets.map((bucket) => bucket.bucketArn)].map((arn) =>
        BackupResource.fromArn(arn),
      ),
      role: this.role,
    });
  }

  /** The role AWS Backup takes to back up and restore the table and the buckets. */
  private serviceRole(): Role {
    // AWSBackupServiceRolePolicyForBackup and …ForRestores leave S3 out; the S3 pair covers it.
    const policies = [
      'service-role/AWSBackupServiceRolePolicyForBackup',
      'service-role/AWSBackupServiceRolePolicyForRestores',
      'AWSBackupServiceRolePolicyForS3Backup',
      'AWSBackupServiceRolePolicyForS3Restore',
    ];
    const role = new Role(this, 'ServiceRole', {
      assumedBy: new ServicePrincipal('backup.amazonaws.com'),
      description: 'Lets AWS Backup back up and restore the Capaian table and record buckets',
      managedPolicies: policies.map((name) => ManagedPolicy.fromAwsManagedPolicyName(name)),
    });
    Validations.of(role).acknowledge(
      ...policies.map((name) => ({
        id: `AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/${name}]`,
        reason:
          "AWS Backup's own service-role policy, as AWS documents it for DynamoDB and S3; what the role touches is chosen by the backup selection (the table and the two record buckets).",
      })),
    );
    return role;
  }
}
