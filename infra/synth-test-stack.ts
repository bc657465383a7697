import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { z } from 'zod';
import { CapaianStack } from './capaian-stack.js';
import { parseInfraConfig } from './config.js';
import { projectRoot } from './lambda-entries.js';

const ZCdkJsonSchema = z.object({ context: z.record(z.string(), z.unknown()) });

/** The context `cdk synth` gets from cdk.json, so tests check what actually deploys. */
export const cdkJsonContext = ZCdkJsonSchema.parse(
  JSON.parse(readFileSync(join(projectRoot, 'cdk.json'), 'utf8')),
).context;

export type SynthTestStackOptions = {
  /** Run esbuild for real (about a second) instead of skipping the Lambda bundles; the caller then removes `app.outdir`. */
  bundle?: boolean;
  context?: Record<string, unknown>;
};

/** Builds the stack as infra/app.ts does, with cdk.json's context plus `options.context`. */
export function synthTestStack(options: SynthTestStackOptions = {}) {
  const app = new App({
    context: {
      ...cdkJsonContext,
      // Bundling is skipped unless asked for; when bundling, record where each asset went.
      ...(options.bundle ? { 'aws:cdk:enable-asset-metadata': true } : { 'aws:cdk:bundling-stacks': [] }),
      ...options.context,
    },
  });
  const config = parseInfraConfig((key) => app.node.tryGetContext(key));
  const stack = new CapaianStack(app, `capaian-${config.stage}`, { config });
  const template = Template.fromStack(stack);
  // Without bundles the cloud assembly holds nothing a test reads; a bundling caller removes it.
  if (!options.bundle) rmSync(app.outdir, { recursive: true, force: true });
  return { app, config, stack, template };
}
