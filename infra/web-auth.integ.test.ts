import { rmSync } from 'node:fs';
import { App, Stack } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { afterAll, describe, expect, it } from 'vitest';
import { addCapaianStack } from './capaian-app.js';
import { parseInfraConfig } from './config.js';
import { signInCallbackPath } from './constructs/auth.js';
import { spaRoutingCode } from './constructs/spa-routing.js';
import { cdkJsonContext, fixtureWebDist, synthTestStack } from './synth-test-stack.js';
import { templateQueries } from './template-queries.js';

// The deploy with a built web app (web/dist), as app.ts synthesizes it when the build exists.
const webDist = fixtureWebDist();
afterAll(() => rmSync(webDist, { recursive: true, force: true }));
const { template, config } = synthTestStack({ webDist });
const { resources, onlyId, idLike, propertiesOf } = templateQueries(template);

const distributionId = onlyId('AWS::CloudFront::Distribution');
const distribution = () => propertiesOf(distributionId).DistributionConfig;
const withPath = (path: string) => ({
  'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [distributionId, 'DomainName'] }, path]],
});

describe('web distribution', () => {
  it('serves the private web bucket through origin access control only', () => {
    const [s3Origin] = distribution().Origins;
    expect(s3Origin).toMatchObject({
      DomainName: { 'Fn::GetAtt': [idLike('AWS::S3::Bucket', 'WebBucket'), 'RegionalDomainName'] },
      OriginAccessControlId: { 'Fn::GetAtt': [onlyId('AWS::CloudFront::OriginAccessControl'), 'Id'] },
      S3OriginConfig: { OriginAccessIdentity: '' },
    });
    template.hasResourceProperties('AWS::CloudFront::OriginAccessControl', {
      OriginAccessControlConfig: Match.objectLike({
        OriginAccessControlOriginType: 's3',
        SigningBehavior: 'always',
      }),
    });
  });

  it('answers client-side routes with index.html in the default behaviour only', () => {
    const config = distribution();
    expect(config.DefaultRootObject).toBe('index.html');
    expect(config.CustomErrorResponses).toBeUndefined();
    expect(config.DefaultCacheBehavior).toMatchObject({
      ViewerProtocolPolicy: 'redirect-to-https',
      FunctionAssociations: [
        {
          EventType: 'viewer-request',
          FunctionARN: { 'Fn::GetAtt': [onlyId('AWS::CloudFront::Function'), 'FunctionARN'] },
        },
      ],
    });
    expect(propertiesOf(onlyId('AWS::CloudFront::Function')).FunctionCode).toBe(spaRoutingCode);
  });

  it('forwards /api/* to the HTTP API uncached, with everything but the Host header', () => {
    const [api] = distribution().CacheBehaviors;
    expect(api).toMatchObject({
      PathPattern: '/api/*',
      AllowedMethods: ['GET', 'HEAD', 'OPTIONS', 'PUT', 'PATCH', 'POST', 'DELETE'],
      CachePolicyId: '4135ea2d-6df8-44a3-9df3-4b5a84be39ad', // Managed-CachingDisabled
      OriginRequestPolicyId: 'b689b0a8-53d0-40ab-baf2-68738e2966ac', // Managed-AllViewerExceptHostHeader
      ViewerProtocolPolicy: 'https-only',
    });
    const origin = distribution().Origins.find((o: { Id: string }) => o.Id === api.TargetOriginId);
    expect(origin).toMatchObject({
      DomainName: {
        'Fn::Select': [
          2,
          { 'Fn::Split': ['/', { 'Fn::GetAtt': [onlyId('AWS::ApiGatewayV2::Api'), 'ApiEndpoint'] }] },
        ],
      },
      CustomOriginConfig: { OriginProtocolPolicy: 'https-only', OriginSSLProtocols: ['TLSv1.2'] },
    });
  });

  it('adds the security headers to app and API responses alike', () => {
    const policyId = onlyId('AWS::CloudFront::ResponseHeadersPolicy');
    expect(distribution().DefaultCacheBehavior.ResponseHeadersPolicyId).toEqual({ Ref: policyId });
    expect(distribution().CacheBehaviors[0].ResponseHeadersPolicyId).toEqual({ Ref: policyId });
    const headers = propertiesOf(policyId).ResponseHeadersPolicyConfig.SecurityHeadersConfig;
    expect(headers).toMatchObject({
      StrictTransportSecurity: { AccessControlMaxAgeSec: 63072000, IncludeSubdomains: true, Override: true },
      ContentTypeOptions: { Override: true },
      FrameOptions: { FrameOption: 'DENY', Override: true },
      ReferrerPolicy: { ReferrerPolicy: 'strict-origin-when-cross-origin' },
    });
    const csp = JSON.stringify(headers.ContentSecurityPolicy.ContentSecurityPolicy);
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "frame-ancestors 'none'",
      "object-src 'none'",
    ]) {
      expect(csp).toContain(directive);
    }
    expect(csp).toContain(onlyId('AWS::Cognito::UserPoolDomain'));
  });

  it('writes no CloudFront logs: not deliverable to Jakarta, and API requests are logged by the stage', () => {
    expect(distribution().Logging).toBeUndefined();
  });
});

describe('web app upload', () => {
  const deployments = () => Object.values(resources('Custom::CDKBucketDeployment')).map((d) => d.Properties);

  it('caches hashed assets for a year, revalidates the rest and invalidates after a deploy', () => {
    const [assets, shell] = deployments();
    expect(assets).toMatchObject({
      DestinationBucketKeyPrefix: 'assets/',
      SystemMetadata: { 'cache-control': 'public, max-age=31536000, immutable' },
      RetainOnDelete: true,
      Prune: false,
    });
    expect(shell).toMatchObject({
      SystemMetadata: { 'cache-control': 'no-cache' },
      DistributionId: { Ref: distributionId },
      DistributionPaths: ['/*'],
      RetainOnDelete: true,
    });
  });

  it('is the only place a role grants on every resource: CDK’s CloudFront invalidation', () => {
    const everywhere = Object.values(resources('AWS::IAM::Policy'))
      .flatMap((policy) => policy.Properties.PolicyDocument.Statement)
      .filter((statement) => [statement.Resource].flat().includes('*'));
    expect(everywhere.flatMap((statement) => [statement.Action].flat()).sort()).toEqual([
      'cloudfront:CreateInvalidation',
      'cloudfront:GetInvalidation',
    ]);
  });
});

describe('Cognito', () => {
  it('signs staff in by e-mail, admin-created only, with optional authenticator-app MFA', () => {
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      UsernameAttributes: ['email'],
      UsernameConfiguration: { CaseSensitive: false },
      AdminCreateUserConfig: Match.objectLike({ AllowAdminCreateUserOnly: true }),
      MfaConfiguration: 'OPTIONAL',
      EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
      Policies: {
        PasswordPolicy: {
          MinimumLength: 12,
          RequireLowercase: true,
          RequireUppercase: true,
          RequireNumbers: true,
          RequireSymbols: true,
          TemporaryPasswordValidityDays: 7,
        },
      },
      AccountRecoverySetting: { RecoveryMechanisms: [{ Name: 'verified_email', Priority: 1 }] },
      DeletionProtection: 'ACTIVE',
      EmailConfiguration: { EmailSendingAccount: 'COGNITO_DEFAULT' },
      // A changed address counts only once verified; until then the token carries the old one.
      UserAttributeUpdateSettings: { AttributesRequireVerificationBeforeUpdate: ['email'] },
    });
    template.hasResource('AWS::Cognito::UserPool', { DeletionPolicy: 'Retain' });
    // Roles live in the Capaian user record, not in Cognito.
    template.resourceCountIs('AWS::Cognito::UserPoolGroup', 0);
  });

  it('gives the web app a public code-flow client that returns to the app', () => {
    template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      GenerateSecret: false,
      AllowedOAuthFlows: ['code'],
      AllowedOAuthScopes: ['openid', 'email', 'profile'],
      CallbackURLs: [withPath(signInCallbackPath)],
      LogoutURLs: [withPath('/')],
      PreventUserExistenceErrors: 'ENABLED',
      EnableTokenRevocation: true,
      ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
    });
    // The signed-in user may not rewrite their own e-mail through the client.
    const [client] = Object.values(template.findResources('AWS::Cognito::UserPoolClient'));
    expect(client?.Properties.WriteAttributes).toEqual(['locale']);
  });

  it('hosts the sign-in pages on a Cognito domain unique per stage and account', () => {
    template.hasResourceProperties('AWS::Cognito::UserPoolDomain', {
      Domain: { 'Fn::Join': ['', [`capaian-${config.stage}-`, { Ref: 'AWS::AccountId' }]] },
    });
  });
});

describe('SES', () => {
  it('verifies the configured identity and sends through a configuration set', () => {
    template.hasResourceProperties('AWS::SES::EmailIdentity', {
      EmailIdentity: config.mailIdentity,
      ConfigurationSetAttributes: { ConfigurationSetName: { Ref: onlyId('AWS::SES::ConfigurationSet') } },
    });
    template.hasResourceProperties('AWS::SES::ConfigurationSet', {
      ReputationOptions: { ReputationMetricsEnabled: true },
      SuppressionOptions: { SuppressedReasons: ['BOUNCE', 'COMPLAINT'] },
    });
    // A domain identity prints its DKIM records to publish.
    expect(Object.keys(template.toJSON().Outputs).filter((key) => key.includes('DkimRecord'))).toHaveLength(
      3,
    );
  });
});

describe('variants', () => {
  it('a prod stage pinned to an account and region: named after the stage, cdk-nag still clean', () => {
    // Pinned, ARNs spell the region and account out: the acknowledgements must still match.
    const prod = synthTestStack({
      webDist,
      context: { stage: 'prod', region: 'ap-southeast-3', account: '123456789012' },
    });
    expect(prod.stack.stackName).toBe('capaian-prod');
    expect(prod.stack.region).toBe('ap-southeast-3');
    expect(prod.stack.tags.tagValues()).toEqual({ project: 'capaian', stage: 'prod' });
    prod.template.resourceCountIs('Custom::CDKBucketDeployment', 2);
    prod.template.hasResourceProperties('AWS::ApiGatewayV2::Api', { Name: 'capaian-prod' });
    prod.template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ STAGE: 'prod' }) },
    });
  });

  it('a custom domain without a web build: TLS 1.2+ for it, Cognito and CORS follow, nothing uploaded', () => {
    const custom = synthTestStack({
      context: {
        webDomain: 'capaian.example.go.id',
        webCertificateArn:
          'arn:aws:acm:us-east-1:123456789012:certificate/0f0e0d0c-1111-2222-3333-444455556666',
        mailIdentity: 'capaian@example.go.id',
        mailFrom: 'capaian@example.go.id',
        userPoolEmailViaSes: 'true',
        alarmEmail: 'ops@example.go.id',
      },
    });
    custom.template.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        Aliases: ['capaian.example.go.id'],
        ViewerCertificate: Match.objectLike({
          MinimumProtocolVersion: 'TLSv1.2_2021',
          SslSupportMethod: 'sni-only',
        }),
      }),
    });
    custom.template.resourceCountIs('Custom::CDKBucketDeployment', 0);
    custom.template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      CallbackURLs: [`https://capaian.example.go.id${signInCallbackPath}`],
    });
    custom.template.hasResourceProperties('AWS::S3::Bucket', {
      CorsConfiguration: {
        CorsRules: [Match.objectLike({ AllowedOrigins: ['https://capaian.example.go.id'] })],
      },
    });
    custom.template.hasResourceProperties('AWS::Cognito::UserPool', {
      EmailConfiguration: Match.objectLike({
        EmailSendingAccount: 'DEVELOPER',
        From: 'Capaian <capaian@example.go.id>',
      }),
    });
    custom.template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'ops@example.go.id',
    });
    custom.template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ APP_URL: 'https://capaian.example.go.id' }) },
    });
  });

  it('an unacknowledged cdk-nag finding stops synthesis', () => {
    const app = new App({
      builtinCloudFormationValidation: false,
      context: { ...cdkJsonContext, 'aws:cdk:bundling-stacks': [] },
    });
    addCapaianStack(app, { config: parseInfraConfig((key) => app.node.tryGetContext(key)) });
    new Bucket(new Stack(app, 'Probe'), 'Unlogged');
    expect(() => app.synth()).toThrow(/AwsSolutions-S1/);
    rmSync(app.outdir, { recursive: true, force: true });
  });
});
