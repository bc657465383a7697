import { join } from 'node:path';
import { type Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { projectRoot } from '../lambda-entries.js';

export type NodeFunctionOptions = {
  entry: string;
  environment: Record<string, string>;
  logRetention: RetentionDays;
  memorySize: number;
  timeout: Duration;
};

/**
 * A Lambda bundled by the local esbuild (no Docker) the way every Capaian function is: Node.js 22
 * on arm64, one minified ESM file with a source map, its own log group with a retention.
 */
export function createNodeFunction(
  scope: Construct,
  id: string,
  options: NodeFunctionOptions,
): NodejsFunction {
  const logGroup = new LogGroup(scope, `${id}Logs`, {
    retention: options.logRetention,
    // The audit trail lives in the table; logs need not outlive the stack.
    removalPolicy: RemovalPolicy.DESTROY,
  });
  return new NodejsFunction(scope, id, {
    entry: options.entry,
    handler: 'handler',
    projectRoot,
    depsLockFilePath: join(projectRoot, 'package-lock.json'),
    runtime: Runtime.NODEJS_22_X,
    architecture: Architecture.ARM_64,
    memorySize: options.memorySize,
    timeout: options.timeout,
    logGroup,
    environment: { ...options.environment, NODE_OPTIONS: '--enable-source-maps' },
    bundling: {
      format: OutputFormat.ESM,
      target: 'node22',
      mainFields: ['module', 'main'],
      // Some CommonJS dependencies call require(); an ESM bundle has none unless we make one.
      banner: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
      minify: true,
      sourceMap: true,
      // Stack traces need the mappings, not a second copy of the sources in the zip.
      sourcesContent: false,
      // Bundle the SDK rather than use the runtime's copy: the deployed code then runs the
      // versions package-lock.json pins and the tests exercised.
      externalModules: [],
    },
  });
}
