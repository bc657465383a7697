import { Duration, RemovalPolicy, type SecretValue, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { HttpApi, HttpMethod, HttpStage, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import type { TFunctionEnvironment } from '../capaian-stack.js';
import { accessLogRetention } from '../config.js';
import { lambdaBundles } from '../lambda-entries.js';
import type { Buckets } from './buckets.js';
import { createNodeFunction } from './node-function.js';
import type { DataTable } from './table.js';

export type ApiProps = {
  stage: string;
  data: DataTable;
  buckets: Buckets;
  environment: Record<string, string>;
  logRetention: RetentionDays;
  throttle: { rateLimit: number; burstLimit: number };
};

/** One line per request, the fields an operator filters on; no headers, so no tokens. */
const accessLogFormat = AccessLogFormat.custom(
  JSON.stringify({
    requestId: '$context.requestId',
    time: '$context.requestTime',
    ip: '$context.identity.sourceIp',
    method: '$context.httpMethod',
    path: '$context.path',
    status: '$context.status',
    latencyMs: '$context.responseLatency',
    integrationError: '$context.integrationErrorMessage',
  }),
);

/**
 * The Hono API: one Lambda behind an HTTP API, allowed only the table and the two buckets, and
 * answering only requests that carry the origin secret, which only the web distribution sends.
 */
export class Api extends Construct {
  readonly handler: LambdaFunction;
  readonly httpApi: HttpApi;
  /** The value CloudFront adds as the origin secret header (functions/api/cloudfront-only.ts). */
  readonly originSecret: SecretValue;

  constructor(scope: Construct, id: string, props: ApiProps) {
    super(scope, id);
    // Generated once at the first deploy and never sent to a browser. Lambda and CloudFront both
    // hold its value in their configuration; it proves only that a request came through CloudFront.
    const originSecret = new Secret(this, 'OriginSecret', {
      description: `Capaian ${props.stage}: what CloudFront sends so the API knows a request came through it`,
      generateSecretString: { passwordLength: 48, excludePunctuation: true },
      removalPolicy: RemovalPolicy.DESTROY,
    });
    Validations.of(originSecret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'Not a credential to any data: it only shows a request passed the distribution and its web firewall. CloudFront and the API read it at deploy; DEPLOY.md says how to replace it.',
    });
    this.originSecret = originSecret.secretValue;
    this.handler = createNodeFunction(this, 'Handler', {
      ...lambdaBundles.api,
      description: `Capaian ${props.stage} API`,
      environment: {
        ...props.environment,
        ORIGIN_SECRET: originSecret.secretValue.unsafeUnwrap(),
      } satisfies TFunctionEnvironment,
      logRetention: props.logRetention,
      // API Gateway gives up on an integration after 30 s; stop the function before that.
      timeout: Duration.seconds(29),
    });
    // Reads (people named by id in batches), and changes as conditional puts and transactions (puts,
    // updates, checks, and the deletion of an evidence file's record removed from its part, the only
    // item it deletes).
    props.data.grant(this.handler, [
      'GetItem',
      'BatchGetItem',
      'Query',
      'PutItem',
      'UpdateItem',
      'DeleteItem',
      'ConditionCheckItem',
      'DescribeTable',
    ]);
    props.buckets.grantApiUse(this.handler.role ?? this.handler);

    const integration = new HttpLambdaIntegration('Integration', this.handler);
    // Everything reaches the one Hono app, which answers unknown paths itself; the web
    // distribution forwards `/api/*` here.
    this.httpApi = new HttpApi(this, 'HttpApi', {
      apiName: `capaian-${props.stage}`,
      defaultIntegration: integration,
      createDefaultStage: false,
    });
    this.httpApi.addRoutes({ path: '/api/{proxy+}', methods: [HttpMethod.ANY], integration });
    // The routes are children of the API, so one acknowledgement covers them all.
    Validations.of(this.httpApi).acknowledge({
      id: 'AwsSolutions-APIG4',
      reason:
        'Authorisation is in the app: its middleware verifies the Cognito ID token (aws-jwt-verify) and loads the user record by the e-mail claim, the same code locally and on AWS; /api/health and /api/openapi.json are public on purpose. Every route also refuses requests without the origin secret only CloudFront sends.',
    });

    // Over a year, and kept when the stack goes: who called what, when, for audits.
    const accessLogs = new LogGroup(this, 'AccessLogs', {
      retention: accessLogRetention,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    // Throttling caps what a runaway client can cost. It is a stage setting, so the API gets an
    // explicit `$default` stage instead of the implicit one.
    new HttpStage(this, 'DefaultStage', {
      httpApi: this.httpApi,
      autoDeploy: true,
      throttle: props.throttle,
      accessLogSettings: { destination: new LogGroupLogDestination(accessLogs), format: accessLogFormat },
    });
  }
}
