import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Stack, Validations } from 'aws-cdk-lib';
import type { IDistribution } from 'aws-cdk-lib/aws-cloudfront';
import { CfnPolicy, CfnRole } from 'aws-cdk-lib/aws-iam';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, CacheControl, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { flattenCfnReference } from 'cdk-nag/lib/utils/flatten-cfn-reference.js';
import { Construct } from 'constructs';
import * as z from 'zod';

export type WebAppUploadProps = {
  /** The built app: web/dist. */
  distDir: string;
  bucket: IBucket;
  distribution: IDistribution;
};

/**
 * Uploads the built app to the web bucket. One build serves every stage: the app asks the API
 * (GET /api/session/config) how to sign in. Vite's hashed files under assets/ are cached for a
 * year; everything else is revalidated on every load and invalidated on deploy. Old assets stay,
 * so an open tab keeps working.
 */
export class WebAppUpload extends Construct {
  constructor(scope: Construct, id: string, props: WebAppUploadProps) {
    super(scope, id);
    const common = {
      destinationBucket: props.bucket,
      prune: false,
      // A later deploy without web/dist drops the upload; the site must stay up regardless.
      retainOnDelete: true,
      memoryLimit: 512,
    };
    const assetsDir = join(props.distDir, 'assets');
    const assets = existsSync(assetsDir)
      ? new BucketDeployment(this, 'Assets', {
          ...common,
          sources: [Source.asset(assetsDir)],
          destinationKeyPrefix: 'assets/',
          cacheControl: [CacheControl.fromString('public, max-age=31536000, immutable')],
        })
      : undefined;
    const shell = new BucketDeployment(this, 'Shell', {
      ...common,
      sources: [Source.asset(props.distDir, { exclude: ['assets', 'assets/**'] })],
      cacheControl: [CacheControl.noCache()],
      distribution: props.distribution,
      distributionPaths: ['/*'],
    });
    // The new index.html must not go live before the files it points to.
    if (assets) shell.node.addDependency(assets);
    acknowledgeDeploymentHandler(Stack.of(this));
  }
}

const ZPolicyDocumentSchema = z.object({
  Statement: z.array(z.object({ Action: z.union([z.string(), z.array(z.string())]), Resource: z.unknown() })),
});

/**
 * Acknowledges the findings on the handler BucketDeployment brings (one per stack, aws-cdk-lib's
 * code and role, not ours): its managed log policy, its runtime, and the wildcards it needs to
 * copy from the bootstrap asset bucket into the web bucket and invalidate CloudFront. The
 * wildcard findings are read off its actual policy, spelled as cdk-nag spells them, because they
 * name the region and account when those are pinned.
 */
function acknowledgeDeploymentHandler(stack: Stack): void {
  const reason =
    "CDK's BucketDeployment handler, configured by aws-cdk-lib, runs only during a deploy to copy web/dist from the bootstrap asset bucket into the web bucket and invalidate the distribution";
  for (const handler of stack.node.children) {
    if (!handler.node.id.startsWith('Custom::CDKBucketDeployment')) continue;
    const resources = handler.node.findAll();
    const managedPolicies = resources
      .filter((c): c is CfnRole => c instanceof CfnRole)
      .flatMap((role) => z.array(z.unknown()).optional().parse(stack.resolve(role.managedPolicyArns)) ?? [])
      .map((arn) => `IAM4[Policy::${flattenCfnReference(arn)}]`);
    const wildcards = resources
      .filter((c): c is CfnPolicy => c instanceof CfnPolicy)
      .flatMap((policy) => ZPolicyDocumentSchema.parse(stack.resolve(policy.policyDocument)).Statement)
      .flatMap((statement) => [
        ...[statement.Action].flat().map((action) => `Action::${action}`),
        ...[statement.Resource].flat().map((resource) => `Resource::${flattenCfnReference(resource)}`),
      ])
      .filter((finding) => finding.includes('*'))
      .map((finding) => `IAM5[${finding}]`);
    for (const finding of new Set(['L1', ...managedPolicies, ...wildcards])) {
      Validations.of(handler).acknowledge({
        id: `AwsSolutions-${finding}`,
        reason: `${reason} (${finding}).`,
      });
    }
  }
}
