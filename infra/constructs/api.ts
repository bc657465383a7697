import { Duration } from 'aws-cdk-lib';
import { HttpApi, HttpMethod, HttpStage } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { lambdaEntries } from '../lambda-entries.js';
import { createNodeFunction } from './node-function.js';

export type ApiProps = {
  stage: string;
  table: ITableV2;
  reportsBucket: IBucket;
  evidenceBucket: IBucket;
  logRetention: RetentionDays;
  throttle: { rateLimit: number; burstLimit: number };
};

/** The Hono API: one Lambda behind an HTTP API, allowed only the table and the two buckets. */
export class Api extends Construct {
  readonly handler: NodejsFunction;
  readonly url: string;

  constructor(scope: Construct, id: string, props: ApiProps) {
    super(scope, id);
    this.handler = createNodeFunction(this, 'Handler', {
      entry: lambdaEntries.api,
      environment: {
        STAGE: props.stage,
        TABLE_NAME: props.table.tableName,
        REPORTS_BUCKET: props.reportsBucket.bucketName,
        EVIDENCE_BUCKET: props.evidenceBucket.bucketName,
      },
      logRetention: props.logRetention,
      memorySize: 1024,
      // API Gateway gives up on an integration after 30 s; stop the function before that.
      timeout: Duration.seconds(29),
    });
    props.table.grantReadWriteData(this.handler);
    for (const bucket of [props.reportsBucket, props.evidenceBucket]) {
      bucket.grantRead(this.handler);
      bucket.grantPut(this.handler);
      // Deleting leaves a delete marker; grantDelete's s3:DeleteObject* would also allow
      // destroying the old versions that versioning keeps.
      this.handler.addToRolePolicy(
        new PolicyStatement({ actions: ['s3:DeleteObject'], resources: [bucket.arnForObjects('*')] }),
      );
    }

    const integration = new HttpLambdaIntegration('Integration', this.handler);
    // Everything reaches the one Hono app, which answers unknown paths itself; `/api/{proxy+}` is
    // the route the web distribution and an authorizer will attach to.
    const httpApi = new HttpApi(this, 'HttpApi', {
      apiName: `capaian-${props.stage}`,
      defaultIntegration: integration,
      createDefaultStage: false,
    });
    httpApi.addRoutes({ path: '/api/{proxy+}', methods: [HttpMethod.ANY], integration });
    // Throttling caps what a runaway client can cost. It is a stage setting, so the API gets an
    // explicit `$default` stage instead of the implicit one.
    const stage = new HttpStage(this, 'DefaultStage', {
      httpApi,
      autoDeploy: true,
      throttle: props.throttle,
    });
    this.url = stage.url;
  }
}
