import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { describe, expect, it } from 'vitest';
import { parseInfraConfig } from './config.js';
import { cdkJsonContext } from './synth-test-stack.js';

const withContext = (overrides: Record<string, unknown>) => (key: string) =>
  key in overrides ? overrides[key] : cdkJsonContext[key];

describe('parseInfraConfig', () => {
  it('accepts the defaults in cdk.json, leaving the environment agnostic', () => {
    const config = parseInfraConfig(withContext({}));
    expect(config).toMatchObject({ stage: 'dev', logRetentionDays: RetentionDays.ONE_MONTH });
    expect(config.account).toBeUndefined();
    expect(config.region).toBeUndefined();
  });

  it('coerces `-c key=value` strings', () => {
    const config = parseInfraConfig(
      withContext({ stage: 'prod', logRetentionDays: '90', apiRateLimit: '20', region: 'ap-southeast-3' }),
    );
    expect(config).toMatchObject({
      stage: 'prod',
      logRetentionDays: RetentionDays.THREE_MONTHS,
      apiRateLimit: 20,
      region: 'ap-southeast-3',
    });
  });

  it('names every bad key at once', () => {
    const parse = () =>
      parseInfraConfig(
        withContext({ stage: 'Prod_1', logRetentionDays: '31', account: '1234', apiBurstLimit: 0 }),
      );
    expect(parse).toThrow(/invalid CDK context/);
    expect(parse).toThrow(/stage:.*\n.*account:.*\n.*logRetentionDays:.*\n.*apiBurstLimit:/);
  });

  it('fails on a missing key instead of guessing', () => {
    expect(() => parseInfraConfig(withContext({ stage: undefined }))).toThrow(/stage:/);
  });
});
