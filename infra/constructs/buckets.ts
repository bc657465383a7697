import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

export type BucketsProps = {
  /** Days an overwritten or deleted object version stays recoverable. */
  noncurrentVersionDays: number;
};

/** The private buckets: generated reports (LKj, quarterly PDFs/workbooks) and uploaded evidence. */
export class Buckets extends Construct {
  readonly reports: Bucket;
  readonly evidence: Bucket;

  constructor(scope: Construct, id: string, props: BucketsProps) {
    super(scope, id);
    this.reports = this.privateBucket('Reports', props);
    this.evidence = this.privateBucket('Evidence', props);
  }

  private privateBucket(id: string, props: BucketsProps): Bucket {
    return new Bucket(this, id, {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      versioned: true,
      lifecycleRules: [
        {
          noncurrentVersionExpiration: Duration.days(props.noncurrentVersionDays),
          abortIncompleteMultipartUploadAfter: Duration.days(7),
        },
      ],
      // Reports and evidence are the agency's accountability record: never deleted with the stack.
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }
}
