import { Duration, Stack, Validations } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { CfnFunction, Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { CfnBucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { sheetModelsPrefix } from '../../functions/s3/object-name.js';
import { lambdaBundles } from '../lambda-entries.js';
import type { Buckets } from './buckets.js';
import { createNodeFunction } from './node-function.js';

export type WorkbooksProps = {
  stage: string;
  buckets: Buckets;
  environment: Record<string, string>;
  logRetention: RetentionDays;
};

/**
 * The function that reads uploaded workbooks and writes templates (exceljs) for the API, which
 * invokes it and waits: it may read, write and delete under the uploads prefix of the evidence
 * bucket (the API has checked that an upload is there) and read the sheets the API left under
 * sheet-models/ for it to write, nothing else.
 */
export class Workbooks extends Construct {
  readonly handler: LambdaFunction;

  constructor(scope: Construct, id: string, props: WorkbooksProps) {
    super(scope, id);
    this.handler = createNodeFunction(this, 'Handler', {
      ...lambdaBundles.workbook,
      description: `Capaian ${props.stage} workbooks: uploads read, templates written`,
      environment: props.environment,
      logRetention: props.logRetention,
      // A 5 MB workbook reads in about a second; the API waits 25 s at most.
      timeout: Duration.seconds(20),
    });
    this.handler.addToRolePolicy(
      new PolicyStatement({
        actions: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'],
        resources: [props.buckets.evidence.arnForObjects('uploads/*')],
      }),
    );
    this.handler.addToRolePolicy(
      new PolicyStatement({
        actions: ['s3:GetObject'],
        resources: [props.buckets.evidence.arnForObjects(`${sheetModelsPrefix}*`)],
      }),
    );
    const bucketId = Stack.of(this).getLogicalId(props.buckets.evidence.node.defaultChild as CfnBucket);
    Validations.of(this.handler.role ?? this.handler).acknowledge(
      {
        id: `AwsSolutions-IAM5[Resource::<${bucketId}.Arn>/uploads/*]`,
        reason:
          'Uploads are keyed per agency, uploader and upload at run time; the uploads prefix is the narrowest fixed scope.',
      },
      {
        id: `AwsSolutions-IAM5[Resource::<${bucketId}.Arn>/${sheetModelsPrefix}*]`,
        reason:
          'The sheets to write are keyed per workbook at run time; their prefix is the narrowest fixed scope, read only.',
      },
    );
  }

  /** Lets `caller` (the API) invoke the function and wait for the cells. */
  grantInvoke(caller: LambdaFunction): void {
    this.handler.grantInvoke(caller);
    const functionId = Stack.of(this).getLogicalId(this.handler.node.defaultChild as CfnFunction);
    Validations.of(caller.role ?? caller).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${functionId}.Arn>:*]`,
      reason: "CDK's grantInvoke names the function and its versions (…:*); it is the one workbook function.",
    });
  }
}
