import { AssetHashType, DockerImage, type Duration, type ILocalBundling, RemovalPolicy } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import {
  Architecture,
  Code,
  Function as LambdaFunction,
  LoggingFormat,
  Runtime,
} from 'aws-cdk-lib/aws-lambda';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { type LambdaBundle, projectRoot } from '../lambda-entries.js';
import { bundleLambda } from './lambda-bundling.js';

export type NodeFunctionOptions = LambdaBundle & {
  description: string;
  environment: Record<string, string>;
  logRetention: RetentionDays;
  timeout: Duration;
};

/** The runtime every function runs on; the bundle targets the same Node.js major (lambda-bundling.ts). */
const nodeRuntime = Runtime.NODEJS_24_X;

/**
 * esbuild run here, in this process (no Docker), as bundleLambda builds the function. CDK caches
 * an asset by its source and its bundling options, the same for every function here but this
 * object's fields: the bundle they carry keeps one function from getting another's code.
 */
class LocalBundling implements ILocalBundling {
  constructor(readonly bundle: LambdaBundle) {}

  tryBundle(outputDir: string): boolean {
    bundleLambda(this.bundle, outputDir);
    return true;
  }
}

/** The function's code, hashed by the output, so an unchanged bundle is not uploaded again. */
function lambdaCode(bundle: LambdaBundle): Code {
  return Code.fromAsset(projectRoot, {
    assetHashType: AssetHashType.OUTPUT,
    bundling: {
      // CDK requires an image for when local bundling declines; ours never does, so none is pulled.
      image: DockerImage.fromRegistry('public.ecr.aws/sam/build-nodejs24.x'),
      local: new LocalBundling(bundle),
    },
  });
}

/**
 * A Lambda bundled by the local esbuild (no Docker) the way every Capaian function is: Node.js 24
 * on arm64, minified ESM chunks with their source maps, JSON logs in its own log group with a
 * retention, and a role that may write to that log group and nothing else until the caller grants more.
 */
export function createNodeFunction(
  scope: Construct,
  id: string,
  options: NodeFunctionOptions,
): LambdaFunction {
  const logGroup = new LogGroup(scope, `${id}Logs`, {
    retention: options.logRetention,
    // The audit trail lives in the table; logs need not outlive the stack.
    removalPolicy: RemovalPolicy.DESTROY,
  });
  // Our own role instead of the default one: AWSLambdaBasicExecutionRole would let the function
  // write to every log group in the account.
  const role = new Role(scope, `${id}Role`, {
    assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
    description: `Runs ${options.description}`,
  });
  logGroup.grantWrite(role);
  return new LambdaFunction(scope, id, {
    code: lambdaCode(options),
    handler: 'index.handler',
    description: options.description,
    runtime: nodeRuntime,
    architecture: Architecture.ARM_64,
    memorySize: options.memorySize,
    timeout: options.timeout,
    role,
    logGroup,
    // Lambda's own lines (START, REPORT, uncaught errors) as JSON like ours, with the request id.
    loggingFormat: LoggingFormat.JSON,
    environment: {
      ...options.environment,
      // A claim (an email, an outbox event) holds as long as the function may run, no shorter.
      LEASE_SECONDS: String(options.timeout.toSeconds()),
      // No --enable-source-maps: Node would parse the whole map at every cold start (the outbox's
      // 6 MB: +300 ms, +130 MB). functions/log.ts maps a logged error's stack when it is logged.
    },
  });
}
