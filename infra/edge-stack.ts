import { Stack } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import type { TInfraConfig } from './config.js';
import { WebFirewall } from './constructs/web-firewall.js';

export type EdgeStackProps = { config: TInfraConfig };

/**
 * What the stage's CloudFront distribution needs from us-east-1, where CloudFront takes its web
 * ACLs from: the web firewall. The stage's stack reads its ARN from this stack's output across
 * regions (Fn::GetStackOutput, cdk.json's weak cross-stack references), so this one deploys first.
 */
export class EdgeStack extends Stack {
  readonly webAclArn: string;

  constructor(scope: Construct, id: string, props: EdgeStackProps) {
    const { config } = props;
    super(scope, id, {
      env: { account: config.account, region: 'us-east-1' },
      description: `Capaian SAKIP performance reporting, stage ${config.stage}: web firewall (us-east-1)`,
      tags: { project: 'capaian', stage: config.stage },
    });
    const firewall = new WebFirewall(this, 'Firewall', {
      stage: config.stage,
      apiRequestsPerIp: config.apiRequestsPerIp,
    });
    this.webAclArn = firewall.webAcl.attrArn;
  }
}
