import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { type IGrantable, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  type BucketProps,
  type CfnBucket,
  HttpMethods,
  ObjectOwnership,
  StorageClass,
} from 'aws-cdk-lib/aws-s3';
import { Construct, type IConstruct } from 'constructs';
import { evidenceUploadPrefix, sheetModelsPrefix } from '../../functions/s3/object-name.js';
import { pendingUploadDays } from '../../shared/model/evidence.js';
import { accessLogRetention } from '../config.js';

export type BucketsProps = {
  /** Days an overwritten or deleted object version stays recoverable. */
  noncurrentVersionDays: number;
};

/**
 * Report files and evidence are read mostly in their own year (and by the Inspektorat the next):
 * a year on they move to Glacier Instant Retrieval, a fifth of Standard's storage price, still
 * read in milliseconds through the same links (about 0,03 USD a GB read). Smaller objects stay:
 * that class bills each as at least 128 KB. By year 5 this keeps the files' storage at about a
 * third of what Standard would cost (docs/DEPLOY.md, "Monthly cost estimate").
 */
const recordArchive = { afterDays: 365, minimumBytes: 128 * 1024 } as const;

/** What every Capaian bucket is: private, encrypted, TLS 1.2+ only. */
const privateBucket = {
  blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
  encryption: BucketEncryption.S3_MANAGED,
  enforceSSL: true,
  minimumTLSVersion: 1.2,
} satisfies BucketProps;

/**
 * The private buckets: generated reports (LKj, quarterly PDFs/workbooks), uploaded evidence, and
 * the access logs of both and of the web bucket.
 */
export class Buckets extends Construct {
  readonly reports: Bucket;
  readonly evidence: Bucket;
  readonly accessLogs: Bucket;

  constructor(scope: Construct, id: string, props: BucketsProps) {
    super(scope, id);
    this.accessLogs = new Bucket(this, 'AccessLogs', {
      ...privateBucket,
      // S3 server access logging delivers through the bucket policy, no ACLs needed.
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      lifecycleRules: [{ expiration: Duration.days(accessLogRetention) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.accessLogs).acknowledge({
      id: 'AwsSolutions-S1',
      reason: 'This is the access-log bucket; logging it into itself would loop.',
    });
    this.reports = this.recordBucket('Reports', 'reports/', props);
    this.evidence = this.recordBucket('Evidence', 'evidence/', props);
    // Uploaded workbooks are read within minutes of their upload and are no record: gone in a day.
    // So are evidence uploads, copied to their own keys when taken in: one no record takes in (its
    // record removed while the upload URL was valid, or never confirmed nor listed) goes on its own.
    // An evidence record still waiting after that lists its upload as expired (`listedEvidence`).
    // And the sheets the API hands the workbook function to write, read within seconds.
    for (const [prefix, days] of [
      ['uploads/', 1],
      [evidenceUploadPrefix, pendingUploadDays],
      [sheetModelsPrefix, 1],
    ] as const) {
      this.evidence.addLifecycleRule({
        prefix,
        expiration: Duration.days(days),
        noncurrentVersionExpiration: Duration.days(days),
      });
    }
  }

  /** Lets the web app at `origin` upload evidence straight to S3 with presigned PUT URLs. */
  allowBrowserUploads(origin: string): void {
    this.evidence.addCorsRule({
      allowedOrigins: [origin],
      allowedMethods: [HttpMethods.PUT, HttpMethods.GET],
      // What a presigned PUT from the browser sends: the type, and the SDK's checksum headers.
      allowedHeaders: ['content-type', 'content-md5', 'x-amz-*'],
      exposedHeaders: ['etag'],
      maxAge: 3600,
    });
  }

  /**
   * What the API does with the record buckets (`role` is its role): presigned report downloads,
   * presigned evidence uploads and downloads, checks that a bucket or an uploaded file is there
   * (ListBucket makes a missing object a 404 rather than a 403), and the deletion of an evidence
   * file its division head removed from an editable part. Deleting a current version only: the
   * removed file stays recoverable as a noncurrent version for `noncurrentVersionDays`. Report
   * files are the outbox's to write; the API may neither overwrite nor delete them.
   */
  grantApiUse(role: IGrantable & IConstruct): void {
    this.grantObjects(role, this.reports, ['s3:GetObject']);
    this.grantObjects(role, this.evidence, ['s3:DeleteObject', 's3:GetObject', 's3:PutObject']);
    role.grantPrincipal.addToPrincipalPolicy(
      new PolicyStatement({
        actions: ['s3:ListBucket'],
        resources: [this.reports.bucketArn, this.evidence.bucketArn],
      }),
    );
  }

  /** Storing generated report files (the outbox processor after a sign-off), nothing else. */
  grantReportWrites(role: IGrantable & IConstruct): void {
    this.grantObjects(role, this.reports, ['s3:PutObject']);
  }

  private grantObjects(role: IGrantable & IConstruct, bucket: Bucket, actions: string[]): void {
    role.grantPrincipal.addToPrincipalPolicy(
      new PolicyStatement({ actions, resources: [bucket.arnForObjects('*')] }),
    );
    const logicalId = Stack.of(this).getLogicalId(bucket.node.defaultChild as CfnBucket);
    Validations.of(role).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${logicalId}.Arn>/*]`,
      reason: `Object keys are made at run time per agency, year and file; the bucket (${bucket.node.id}) is the narrowest fixed scope.`,
    });
  }

  private recordBucket(id: string, logPrefix: string, props: BucketsProps): Bucket {
    const bucket = new Bucket(this, id, {
      ...privateBucket,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      versioned: true,
      lifecycleRules: [
        {
          noncurrentVersionExpiration: Duration.days(props.noncurrentVersionDays),
          abortIncompleteMultipartUploadAfter: Duration.days(7),
        },
        {
          objectSizeGreaterThan: recordArchive.minimumBytes,
          transitions: [
            {
              storageClass: StorageClass.GLACIER_INSTANT_RETRIEVAL,
              transitionAfter: Duration.days(recordArchive.afterDays),
            },
          ],
        },
      ],
      serverAccessLogsBucket: this.accessLogs,
      serverAccessLogsPrefix: logPrefix,
      // Reports and evidence are the agency's accountability record: never deleted with the stack.
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(bucket).acknowledge({
      id: 'CloudFormation-Validate::W9003',
      reason:
        "CDK's CfnBucket types ObjectSizeGreaterThan as a number and CloudFormation's schema as a string of digits; CloudFormation takes the number as that string.",
    });
    return bucket;
  }
}
