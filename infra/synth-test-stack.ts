import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as z from 'zod';
import { addCapaianStack } from './capaian-app.js';
import { cdkJsonContext } from './cdk-json.js';
import { parseInfraConfig } from './config.js';

export { cdkJsonContext };

export type SynthTestStackOptions = {
  /** A built web app to upload, as app.ts passes web/dist when it exists. */
  webDist?: string;
  context?: Record<string, unknown>;
  /**
   * CDK's built-in CloudFormation schema validation, on in `cdk synth`. It costs 4–10 s per synth,
   * so one synth per test file keeps it and variants turn it off.
   */
  validateTemplate?: boolean;
};

/**
 * Builds the stack as infra/app.ts does (cdk.json's context plus `options.context`, cdk-nag on)
 * and synthesizes it without bundling the Lambdas; an unacknowledged cdk-nag finding throws here.
 */
export function synthTestStack(options: SynthTestStackOptions = {}) {
  const app = new App({
    outdir: mkdtempSync(join(tmpdir(), 'capaian-cdk-')),
    builtinCloudFormationValidation: options.validateTemplate ?? false,
    context: { ...cdkJsonContext, 'aws:cdk:bundling-stacks': [], ...options.context },
  });
  const config = parseInfraConfig((key) => app.node.tryGetContext(key));
  const { stack, edge } = addCapaianStack(app, { config, webDist: options.webDist });
  try {
    // Runs the validation plugins (cdk-nag) and fails on any unacknowledged finding.
    app.synth();
    return {
      config,
      findings: validationFindings(app.outdir),
      stack,
      template: Template.fromStack(stack),
      edge,
      edgeTemplate: edge ? Template.fromStack(edge) : undefined,
    };
  } finally {
    rmSync(app.outdir, { recursive: true, force: true });
  }
}

const ZValidationReportSchema = z.object({
  pluginReports: z.array(
    z.object({
      pluginName: z.string(),
      violations: z.array(z.object({ ruleName: z.string(), description: z.string() })),
    }),
  ),
});

/**
 * What the validation plugins found and nobody acknowledged, warnings included (a warning does not
 * stop synthesis, but `cdk synth` and `cdk deploy` print it): `<plugin> <rule>: <description>`.
 */
function validationFindings(outdir: string): string[] {
  const file = join(outdir, 'validation-report.json');
  if (!existsSync(file)) return [];
  return ZValidationReportSchema.parse(JSON.parse(readFileSync(file, 'utf8'))).pluginReports.flatMap(
    ({ pluginName, violations }) =>
      violations.map(({ ruleName, description }) => `${pluginName} ${ruleName}: ${description}`),
  );
}

/** A stand-in for web/dist (an index.html and one hashed asset) in a temporary folder. */
export function fixtureWebDist(): string {
  const dist = mkdtempSync(join(tmpdir(), 'capaian-web-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Capaian</title>');
  writeFileSync(join(dist, 'assets', 'app-1a2b3c.js'), 'console.log(1)');
  return dist;
}
