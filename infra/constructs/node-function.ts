import { join } from 'node:path';
import { type Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, LoggingFormat, Runtime } from 'aws-cdk-lib/aws-lambda';
import { type BundlingOptions, NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { apiDocumentFile } from '../../functions/api/serve-api-document.js';
import { type LambdaBundle, projectRoot } from '../lambda-entries.js';

export type NodeFunctionOptions = LambdaBundle & {
  description: string;
  environment: Record<string, string>;
  logRetention: RetentionDays;
  timeout: Duration;
};

/**
 * What is written beside the bundle once esbuild has made it:
 * - the PDF fonts: pdfkit reads its standard fonts' metrics from `<bundle dir>/data` and
 *   functions/reports/pdf/pdf-fonts.ts looks for Roboto in `<bundle dir>/fonts/Roboto`;
 * - the API document, built from the routes now so that no start of the function builds it
 *   (functions/api/serve-api-document.ts reads it).
 */
function afterBundlingHooks(bundle: LambdaBundle): BundlingOptions['commandHooks'] {
  if (!bundle.pdfFonts && !bundle.apiDocument) return undefined;
  return {
    beforeBundling: () => [],
    beforeInstall: () => [],
    afterBundling: (inputDir, outputDir) => [
      ...(bundle.pdfFonts
        ? [
            `cp -r "${inputDir}/node_modules/pdfkit/js/data" "${outputDir}/data"`,
            `mkdir -p "${outputDir}/fonts" && cp -r "${inputDir}/node_modules/pdfmake/fonts/Roboto" "${outputDir}/fonts/Roboto"`,
          ]
        : []),
      ...(bundle.apiDocument
        ? [
            `cd "${inputDir}" && node --import tsx functions/api/write-api-document.ts "${outputDir}/${apiDocumentFile}"`,
          ]
        : []),
    ],
  };
}

/** The runtime every function runs on; the bundle targets the same Node.js major. */
export const nodeRuntime = Runtime.NODEJS_24_X;

/**
 * How every Capaian function is bundled, exported so the bench (infra/bundle-report.ts) builds
 * exactly what deploys.
 */
export const bundling = {
  format: OutputFormat.ESM,
  target: 'node24',
  mainFields: ['module', 'main'],
  // Some CommonJS dependencies call require() or read files beside __dirname; an ESM bundle has
  // neither unless we make them.
  banner: [
    "import { createRequire as __createRequire } from 'node:module';",
    "import { fileURLToPath as __fileURLToPath } from 'node:url';",
    'const require = __createRequire(import.meta.url);',
    'const __filename = __fileURLToPath(import.meta.url);',
    "const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));",
  ].join(' '),
  minify: true,
  // Packages that check NODE_ENV (React) ship their production build only, and run it.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  sourceMap: true,
  // Stack traces need the mappings, not a second copy of the sources in the zip.
  sourcesContent: false,
  // Bundle the SDK rather than use the runtime's copy: the deployed code then runs the
  // versions package-lock.json pins and the tests exercised.
  externalModules: [],
} satisfies BundlingOptions;

/**
 * A Lambda bundled by the local esbuild (no Docker) the way every Capaian function is: Node.js 24
 * on arm64, one minified ESM file with a source map, JSON logs in its own log group with a
 * retention, and a role that may write to that log group and nothing else until the caller grants more.
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
  // Our own role instead of the default one: AWSLambdaBasicExecutionRole would let the function
  // write to every log group in the account.
  const role = new Role(scope, `${id}Role`, {
    assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
    description: `Runs ${options.description}`,
  });
  logGroup.grantWrite(role);
  return new NodejsFunction(scope, id, {
    entry: options.entry,
    handler: 'handler',
    description: options.description,
    projectRoot,
    depsLockFilePath: join(projectRoot, 'package-lock.json'),
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
    bundling: { ...bundling, commandHooks: afterBundlingHooks(options) },
  });
}
