import { type App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { CapaianStack } from './capaian-stack.js';
import type { TInfraConfig } from './config.js';
import { EdgeStack } from './edge-stack.js';

export type CapaianAppOptions = {
  config: TInfraConfig;
  /** The built web app to upload (web/dist); unset, no upload. */
  webDist?: string;
};

export type CapaianStacks = { stack: CapaianStack; edge?: EdgeStack };

/**
 * Adds one stage's stacks to `app` with the AwsSolutions checks, exactly as `cdk synth` does, so
 * the tests check what deploys: `capaian-<stage>-edge` in us-east-1 (the web firewall, when
 * `webFirewall` is on) and `capaian-<stage>` in the stage's region (everything else). A finding nobody acknowledged (with
 * a reason) fails synthesis.
 */
export function addCapaianStack(app: App, options: CapaianAppOptions): CapaianStacks {
  const { stage } = options.config;
  const edge = options.config.webFirewall
    ? new EdgeStack(app, `capaian-${stage}-edge`, { config: options.config })
    : undefined;
  const stack = new CapaianStack(app, `capaian-${stage}`, {
    config: options.config,
    webDist: options.webDist,
    webAclArn: edge?.webAclArn,
  });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { stack, edge };
}
