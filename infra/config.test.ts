import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { describe, expect, it } from 'vitest';
import { parseInfraConfig, usesPlaceholderSender } from './config.js';
import { cdkJsonContext } from './synth-test-stack.js';

const withContext = (overrides: Record<string, unknown>) => (key: string) =>
  key in overrides ? overrides[key] : cdkJsonContext[key];

describe('parseInfraConfig', () => {
  it('accepts the defaults in cdk.json: Jakarta, any account', () => {
    const config = parseInfraConfig(withContext({}));
    expect(config).toMatchObject({
      stage: 'dev',
      logRetentionDays: RetentionDays.ONE_MONTH,
      timeZone: 'Asia/Makassar',
      userPoolEmailViaSes: false,
    });
    expect(config.account).toBeUndefined();
    expect(config.region).toBe('ap-southeast-3');
    expect(config.webDomain).toBeUndefined();
    // Synth works with it; app.ts warns that mail cannot be sent from it.
    expect(usesPlaceholderSender(config)).toBe(true);
    expect(usesPlaceholderSender({ ...config, mailIdentity: 'dinsos.example.go.id' })).toBe(false);
  });

  it('coerces `-c key=value` strings', () => {
    const config = parseInfraConfig(
      withContext({
        stage: 'prod',
        logRetentionDays: '90',
        apiRateLimit: '20',
        apiRequestsPerIp: '500',
        region: 'ap-southeast-1',
        userPoolEmailViaSes: 'false',
      }),
    );
    expect(config).toMatchObject({
      stage: 'prod',
      logRetentionDays: RetentionDays.THREE_MONTHS,
      apiRateLimit: 20,
      apiRequestsPerIp: 500,
      region: 'ap-southeast-1',
      userPoolEmailViaSes: false,
    });
    expect(parseInfraConfig(withContext({ userPoolEmailViaSes: 'true' })).userPoolEmailViaSes).toBe(true);
  });

  it('names every bad key at once', () => {
    const parse = () =>
      parseInfraConfig(
        withContext({
          stage: 'Prod_1',
          logRetentionDays: '31',
          account: '1234',
          apiRequestsPerIp: 0,
          timeZone: 'Asia/Singapore',
        }),
      );
    expect(parse).toThrow(/invalid CDK context/);
    expect(parse).toThrow(
      /stage:.*\n.*account:.*\n.*logRetentionDays:.*\n.*apiRequestsPerIp:.*\n.*timeZone:/,
    );
  });

  it('fails on a missing key instead of guessing', () => {
    expect(() => parseInfraConfig(withContext({ stage: undefined }))).toThrow(/stage:/);
    expect(() => parseInfraConfig(withContext({ mailFrom: undefined }))).toThrow(/mailFrom:/);
    expect(() => parseInfraConfig(withContext({ region: undefined }))).toThrow(/region:/);
  });

  it('takes a domain or an address as the SES identity, with a sender inside it', () => {
    const domain = parseInfraConfig(
      withContext({ mailIdentity: 'dinsos.example.go.id', mailFrom: 'capaian@dinsos.example.go.id' }),
    );
    expect(domain.mailIdentity).toBe('dinsos.example.go.id');
    const address = parseInfraConfig(
      withContext({ mailIdentity: 'capaian@example.go.id', mailFrom: 'capaian@example.go.id' }),
    );
    expect(address.mailFrom).toBe('capaian@example.go.id');
    expect(() =>
      parseInfraConfig(withContext({ mailIdentity: 'example.go.id', mailFrom: 'x@other.go.id' })),
    ).toThrow(/mailFrom: must be an address at the domain of mailIdentity/);
    expect(() =>
      parseInfraConfig(withContext({ mailIdentity: 'a@example.go.id', mailFrom: 'b@example.go.id' })),
    ).toThrow(/mailFrom: must be the address of mailIdentity/);
    expect(() => parseInfraConfig(withContext({ mailFromName: 'Capaian <x@evil>' }))).toThrow(
      /mailFromName:/,
    );
  });

  it('wants a custom web domain together with its us-east-1 certificate', () => {
    const certificate = 'arn:aws:acm:us-east-1:123456789012:certificate/0f0e0d0c-1111-2222-3333-444455556666';
    expect(() => parseInfraConfig(withContext({ webDomain: 'capaian.example.go.id' }))).toThrow(
      /webCertificateArn:/,
    );
    expect(() =>
      parseInfraConfig(
        withContext({
          webDomain: 'capaian.example.go.id',
          webCertificateArn: certificate.replace('us-east-1', 'ap-southeast-3'),
        }),
      ),
    ).toThrow(/us-east-1/);
    expect(
      parseInfraConfig(withContext({ webDomain: 'capaian.example.go.id', webCertificateArn: certificate })),
    ).toMatchObject({
      webDomain: 'capaian.example.go.id',
    });
  });

  it('refuses a Cognito domain prefix Cognito would refuse', () => {
    expect(() => parseInfraConfig(withContext({ authDomainPrefix: 'capaian-aws' }))).toThrow(
      /authDomainPrefix:/,
    );
    expect(parseInfraConfig(withContext({ authDomainPrefix: 'capaian-hss' })).authDomainPrefix).toBe(
      'capaian-hss',
    );
  });
});
