import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { App, Duration, Stack } from 'aws-cdk-lib';
import type { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import * as z from 'zod';
import { cdkJsonContext } from './cdk-json.js';
import { createNodeFunction } from './constructs/node-function.js';
import { type LambdaBundle, type LambdaName, lambdaBundles, projectRoot } from './lambda-entries.js';

/**
 * The yardsticks the bench builds beside the functions: a handler that imports nothing (what Lambda's
 * runtime costs before any function's code), the minimal Hono Lambda, and it with the DynamoDB client.
 */
const yardsticks = {
  empty: join(projectRoot, 'infra/bench/empty-lambda.ts'),
  minimal: join(projectRoot, 'infra/bench/minimal-hono-lambda.ts'),
  floor: join(projectRoot, 'infra/bench/dynamodb-floor-lambda.ts'),
};

export type BundleInfo = {
  name: LambdaName | keyof typeof yardsticks;
  entry: string;
  /** The bundle's entry (index.mjs) to import; its chunks and source maps sit beside it. */
  file: string;
  /** The code of index.mjs and every chunk. */
  bytes: number;
  /** What a cold start reads: index.mjs and the chunks it imports statically, not those imported lazily. */
  startBytes: number;
  /** About what the deployment zip costs to download: the code gzipped. */
  gzipBytes: number;
  sourceMapBytes: number;
  /** MB, as the stack sets it. */
  memorySize: number;
  /** The function's environment as the stack sets it (NODE_OPTIONS, LEASE_SECONDS). */
  environment: Record<string, string>;
  /** The module and export Lambda's runtime loads (`index.handler`), as the stack sets it. */
  handler: string;
  /** The function's log format (JSON), as the stack sets it. */
  logFormat?: string;
};

export type BundleReport = {
  outDir: string;
  bundles: BundleInfo[];
  /** Removes `outDir`. */
  dispose: () => void;
};

export type BuildLambdaBundlesOptions = {
  /** Which Lambdas to build; default all of them. */
  names?: LambdaName[];
  /** Also build the yardsticks (an empty handler, the minimal Hono Lambda, it with the DynamoDB client); default true. */
  yardsticks?: boolean;
};

const ZAssetPathSchema = z.object({ 'aws:asset:path': z.string() });
const ZFunctionSchema = z.object({
  Properties: z.object({
    Handler: z.string(),
    LoggingConfig: z.object({ LogFormat: z.string().optional() }).optional(),
    Environment: z.object({ Variables: z.record(z.string(), z.unknown()) }).optional(),
  }),
});

/** `file` and the chunks it imports statically, transitively: what importing it reads and runs. */
export function staticallyImported(dir: string, file: string, found = new Set<string>()): string[] {
  found.add(file);
  // esbuild writes a static import of a chunk as `import…from"./x.mjs"` or `import"./x.mjs"`, a lazy one as `import("./x.mjs")`.
  for (const [, chunk = ''] of readFileSync(join(dir, file), 'utf8').matchAll(
    /(?:from|import)\s*"\.\/([^"]+\.mjs)"/g,
  )) {
    if (!found.has(chunk)) staticallyImported(dir, chunk, found);
  }
  return [...found];
}

/**
 * Builds each Lambda entry exactly as it deploys, by synthesizing the functions through the
 * same createNodeFunction the stack uses (so its asset runs the local esbuild with the same
 * options), plus the yardsticks built the same way. Takes a few seconds per bundle.
 */
export function buildLambdaBundles(options: BuildLambdaBundlesOptions = {}): BundleReport {
  const outDir = mkdtempSync(join(tmpdir(), 'capaian-bundles-'));
  const app = new App({
    outdir: outDir,
    builtinCloudFormationValidation: false,
    context: { ...cdkJsonContext, 'aws:cdk:enable-asset-metadata': true },
  });
  const stack = new Stack(app, 'CapaianBundles');
  const entries: [BundleInfo['name'], LambdaBundle][] = [
    ...(options.names ?? (Object.keys(lambdaBundles) as LambdaName[])).map(
      (name) => [name, lambdaBundles[name]] as [LambdaName, LambdaBundle],
    ),
    ...(options.yardsticks === false
      ? []
      : Object.entries(yardsticks).map(
          ([name, entry]) => [name, { entry, memorySize: 128 }] as [BundleInfo['name'], LambdaBundle],
        )),
  ];
  const functions = entries.map(([name, definition]) => ({
    name,
    entry: definition.entry,
    memorySize: definition.memorySize,
    fn: createNodeFunction(stack, name, {
      ...definition,
      description: name,
      environment: {},
      logRetention: RetentionDays.ONE_DAY,
      timeout: Duration.seconds(3),
    }),
  }));
  const assembly = app.synth();
  const resources = assembly.getStackByName(stack.stackName).template.Resources;
  const bundles = functions.map(({ name, entry, memorySize, fn }) => {
    const logicalId = stack.getLogicalId(fn.node.defaultChild as CfnFunction);
    const assetDir = join(outDir, ZAssetPathSchema.parse(resources[logicalId].Metadata)['aws:asset:path']);
    const file = join(assetDir, 'index.mjs');
    const chunks = readdirSync(assetDir).filter((f) => f.endsWith('.mjs'));
    const sizeOf = (files: string[], suffix = '') =>
      files.reduce((sum, f) => sum + statSync(join(assetDir, f + suffix)).size, 0);
    const properties = ZFunctionSchema.parse(resources[logicalId]).Properties;
    const variables = properties.Environment?.Variables ?? {};
    return {
      name,
      entry,
      memorySize,
      file,
      bytes: sizeOf(chunks),
      startBytes: sizeOf(staticallyImported(assetDir, 'index.mjs')),
      gzipBytes: gzipSync(Buffer.concat(chunks.map((f) => readFileSync(join(assetDir, f)))), { level: 9 })
        .length,
      sourceMapBytes: sizeOf(chunks, '.map'),
      environment: Object.fromEntries(
        Object.entries(variables).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
      ),
      handler: properties.Handler,
      logFormat: properties.LoggingConfig?.LogFormat,
    };
  });
  return { outDir, bundles, dispose: () => rmSync(outDir, { recursive: true, force: true }) };
}
