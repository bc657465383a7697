import { type App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { CapaianStack } from './capaian-stack.js';
import type { TInfraConfig } from './config.js';

export type CapaianAppOptions = {
  config: TInfraConfig;
  /** The built web app to upload (web/dist); unset, no upload. */
  webDist?: string;
};

/**
 * Adds one stage's stack to `app` with the AwsSolutions checks, exactly as `cdk synth` does, so the
 * tests check what deploys. A finding nobody acknowledged (with a reason) fails synthesis.
 */
export function addCapaianStack(app: App, options: CapaianAppOptions): CapaianStack {
  const stack = new CapaianStack(app, `capaian-${options.config.stage}`, {
    config: options.config,
    webDist: options.webDist,
  });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return stack;
}
