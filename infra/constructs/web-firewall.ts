import { CfnWebACL } from 'aws-cdk-lib/aws-wafv2';
import { Construct } from 'constructs';

export type WebFirewallProps = {
  stage: string;
  /** API requests one IP address may make in 5 minutes. */
  apiRequestsPerIp: number;
};

const visibility = (metricName: string): CfnWebACL.VisibilityConfigProperty => ({
  cloudWatchMetricsEnabled: true,
  metricName,
  sampledRequestsEnabled: true,
});

/** One of AWS's managed rule groups; `countOnly` rules are watched, not enforced. */
function managedRuleGroup(priority: number, name: string, countOnly: string[] = []): CfnWebACL.RuleProperty {
  return {
    name,
    priority,
    overrideAction: { none: {} },
    statement: {
      managedRuleGroupStatement: {
        vendorName: 'AWS',
        name,
        ruleActionOverrides: countOnly.map((rule) => ({ name: rule, actionToUse: { count: {} } })),
      },
    },
    visibilityConfig: visibility(name),
  };
}

/** What a blocked client reads, in both languages: the firewall answers before the app could choose one. */
const tooManyRequests = JSON.stringify({
  error: {
    code: 'TOO_MANY_REQUESTS',
    message:
      'Terlalu banyak permintaan dari alamat ini; coba lagi beberapa menit lagi. / Too many requests from this address; please try again in a few minutes.',
    issues: [],
    details: {},
  },
});

/**
 * The web ACL in front of CloudFront (so it must be created in us-east-1): requests from
 * addresses AWS knows as malicious are dropped, then one address may make `apiRequestsPerIp` API
 * calls in 5 minutes, then AWS's common and known-bad-input rules look at what is left.
 */
export class WebFirewall extends Construct {
  readonly webAcl: CfnWebACL;

  constructor(scope: Construct, id: string, props: WebFirewallProps) {
    super(scope, id);
    this.webAcl = new CfnWebACL(this, 'WebAcl', {
      name: `capaian-${props.stage}`,
      description: `Capaian ${props.stage}: managed rules and a per-address API rate limit`,
      scope: 'CLOUDFRONT',
      defaultAction: { allow: {} },
      visibilityConfig: visibility(`capaian-${props.stage}`),
      customResponseBodies: {
        'too-many-requests': { contentType: 'APPLICATION_JSON', content: tooManyRequests },
      },
      rules: [
        managedRuleGroup(0, 'AWSManagedRulesAmazonIpReputationList'),
        {
          name: 'api-requests-per-ip',
          priority: 1,
          action: {
            block: {
              customResponse: {
                responseCode: 429,
                customResponseBodyKey: 'too-many-requests',
                responseHeaders: [{ name: 'retry-after', value: '300' }],
              },
            },
          },
          statement: {
            rateBasedStatement: {
              limit: props.apiRequestsPerIp,
              evaluationWindowSec: 300,
              aggregateKeyType: 'IP',
              // Only the API reaches DynamoDB and S3; the app's files come from CloudFront's cache.
              scopeDownStatement: {
                byteMatchStatement: {
                  fieldToMatch: { uriPath: {} },
                  positionalConstraint: 'STARTS_WITH',
                  searchString: '/api/',
                  textTransformations: [{ priority: 0, type: 'NONE' }],
                },
              },
            },
          },
          visibilityConfig: visibility('api-requests-per-ip'),
        },
        // A whole agreement or a quarter's part with its narratives is a JSON body above the
        // rule set's 8 KB limit; the app checks sizes and shapes itself.
        managedRuleGroup(2, 'AWSManagedRulesCommonRuleSet', ['SizeRestrictions_BODY']),
        managedRuleGroup(3, 'AWSManagedRulesKnownBadInputsRuleSet'),
      ],
    });
  }
}
