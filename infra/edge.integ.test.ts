import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { originSecretHeader } from '../functions/api/origin-header.js';
import { synthTestStack } from './synth-test-stack.js';
import { templateQueries } from './template-queries.js';

// The two stacks of a stage with its web firewall (`webFirewall`), as `cdk synth` builds them:
// the firewall in us-east-1, the rest in the stage's region.
const { template, stack, edge, edgeTemplate, config } = synthTestStack({ context: { webFirewall: true } });
if (!edge || !edgeTemplate) throw new Error('webFirewall=true makes the edge stack');
const { onlyId, idLike, propertiesOf } = templateQueries(template);
const edgeQueries = templateQueries(edgeTemplate);
const webAclId = edgeQueries.onlyId('AWS::WAFv2::WebACL');
const webAcl = () => edgeQueries.propertiesOf(webAclId);
const rule = (name: string) => webAcl().Rules.find((r: { Name: string }) => r.Name === name);
const distribution = () => propertiesOf(onlyId('AWS::CloudFront::Distribution')).DistributionConfig;

describe('web firewall', () => {
  it('lives in its own stack in us-east-1, as CloudFront requires, deployed before the stage', () => {
    expect(edge.stackName).toBe(`capaian-${config.stage}-edge`);
    expect(edge.region).toBe('us-east-1');
    expect(stack.region).toBe(config.region);
    expect(stack.dependencies).toEqual([edge]);
    expect(webAcl()).toMatchObject({ Scope: 'CLOUDFRONT', DefaultAction: { Allow: {} } });
  });

  it('guards the distribution: its web ACL is the firewall’s, read from the us-east-1 stack', () => {
    const { StackName, Region, OutputName } = distribution().WebACLId['Fn::GetStackOutput'];
    expect({ StackName, Region }).toEqual({ StackName: edge.stackName, Region: 'us-east-1' });
    expect(edgeTemplate.toJSON().Outputs[OutputName].Value).toEqual({ 'Fn::GetAtt': [webAclId, 'Arn'] });
  });

  it('drops known-bad addresses first, then limits API calls per address, then AWS’s common and bad-input rules', () => {
    const managed = (name: string) => ({
      ManagedRuleGroupStatement: Match.objectLike({ VendorName: 'AWS', Name: name }),
    });
    edgeTemplate.hasResourceProperties('AWS::WAFv2::WebACL', {
      Rules: [
        Match.objectLike({ Priority: 0, Statement: managed('AWSManagedRulesAmazonIpReputationList') }),
        Match.objectLike({ Priority: 1, Name: 'api-requests-per-ip' }),
        Match.objectLike({ Priority: 2, Statement: managed('AWSManagedRulesCommonRuleSet') }),
        Match.objectLike({ Priority: 3, Statement: managed('AWSManagedRulesKnownBadInputsRuleSet') }),
      ],
    });
    for (const { OverrideAction, VisibilityConfig } of webAcl().Rules.filter(
      (r: object) => 'OverrideAction' in r,
    )) {
      expect(OverrideAction).toEqual({ None: {} });
      expect(VisibilityConfig).toMatchObject({
        CloudWatchMetricsEnabled: true,
        SampledRequestsEnabled: true,
      });
    }
  });

  it('lets large JSON bodies (a whole agreement) through the common rules, and only that', () => {
    expect(
      rule('AWSManagedRulesCommonRuleSet').Statement.ManagedRuleGroupStatement.RuleActionOverrides,
    ).toEqual([{ Name: 'SizeRestrictions_BODY', ActionToUse: { Count: {} } }]);
    expect(
      rule('AWSManagedRulesKnownBadInputsRuleSet').Statement.ManagedRuleGroupStatement.RuleActionOverrides,
    ).toEqual([]);
  });

  it('answers an address over its API allowance with 429, Retry-After and a JSON error in both languages', () => {
    expect(rule('api-requests-per-ip')).toMatchObject({
      Statement: {
        RateBasedStatement: {
          Limit: config.apiRequestsPerIp,
          EvaluationWindowSec: 300,
          AggregateKeyType: 'IP',
          ScopeDownStatement: {
            ByteMatchStatement: {
              FieldToMatch: { UriPath: {} },
              PositionalConstraint: 'STARTS_WITH',
              SearchString: '/api/',
            },
          },
        },
      },
      Action: {
        Block: {
          CustomResponse: {
            ResponseCode: 429,
            CustomResponseBodyKey: 'too-many-requests',
            ResponseHeaders: [{ Name: 'retry-after', Value: '300' }],
          },
        },
      },
    });
    const body = webAcl().CustomResponseBodies['too-many-requests'];
    expect(body.ContentType).toBe('APPLICATION_JSON');
    expect(JSON.parse(body.Content).error).toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      message: expect.stringMatching(/Terlalu banyak permintaan.*Too many requests/),
    });
  });

  it('follows the configured allowance', () => {
    const strict = synthTestStack({ context: { webFirewall: true, apiRequestsPerIp: '600' } });
    strict.edgeTemplate?.hasResourceProperties('AWS::WAFv2::WebACL', {
      Rules: Match.arrayWith([
        Match.objectLike({ Statement: { RateBasedStatement: Match.objectLike({ Limit: 600 }) } }),
      ]),
    });
  });
});

describe('without the web firewall (webFirewall=false, the default)', () => {
  const plain = synthTestStack();

  it('deploys one stack, and the distribution has no web ACL', () => {
    expect(plain.edge).toBeUndefined();
    expect(plain.stack.dependencies).toEqual([]);
    const config = templateQueries(plain.template);
    const distributionConfig = config.propertiesOf(
      config.onlyId('AWS::CloudFront::Distribution'),
    ).DistributionConfig;
    expect(distributionConfig.WebACLId).toBeUndefined();
  });
});

describe('CloudFront is the only way in', () => {
  const secretRef = { Ref: idLike('AWS::SecretsManager::Secret', 'OriginSecret') };
  const secretValue = { 'Fn::Join': ['', ['{{resolve:secretsmanager:', secretRef, ':SecretString:::}}']] };

  it('sends a generated secret with every request it forwards to the API', () => {
    template.hasResourceProperties('AWS::SecretsManager::Secret', {
      GenerateSecretString: { PasswordLength: 48, ExcludePunctuation: true },
    });
    const apiOrigin = distribution().Origins.find((origin: { DomainName: object }) =>
      JSON.stringify(origin.DomainName).includes('ApiEndpoint'),
    );
    expect(apiOrigin.OriginCustomHeaders).toEqual([
      { HeaderName: originSecretHeader, HeaderValue: secretValue },
    ]);
  });

  it('gives the API function that secret to check (and no other function)', () => {
    const withSecret = Object.entries(template.findResources('AWS::Lambda::Function'))
      .filter(([, fn]) => fn.Properties.Environment?.Variables?.ORIGIN_SECRET)
      .map(([id, fn]) => [id, fn.Properties.Environment.Variables.ORIGIN_SECRET]);
    expect(withSecret).toEqual([[idLike('AWS::Lambda::Function', 'ApiHandler'), secretValue]]);
  });
});
