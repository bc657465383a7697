import { describe, expect, it } from 'vitest';
import { parseConfig } from './config.js';

const base = { TABLE_NAME: 'capaian', REPORTS_BUCKET: 'reports', EVIDENCE_BUCKET: 'evidence' };

describe('parseConfig', () => {
  it('names every missing or malformed variable at once', () => {
    expect(() => parseConfig({ DYNAMODB_ENDPOINT: 'not a url' })).toThrow(
      /TABLE_NAME[\s\S]*REPORTS_BUCKET[\s\S]*EVIDENCE_BUCKET[\s\S]*DYNAMODB_ENDPOINT/,
    );
  });

  it('requires the secret locally and the user pool on AWS', () => {
    expect(() => parseConfig(base)).toThrow(/LOCAL_AUTH_SECRET: required when AUTH_MODE=local/);
    expect(() =>
      parseConfig({ ...base, AUTH_MODE: 'cognito', COGNITO_USER_POOL_ID: 'ap-southeast-3_abc' }),
    ).toThrow(/COGNITO_CLIENT_ID[\s\S]*COGNITO_DOMAIN/);
    const parsed = parseConfig({ ...base, LOCAL_AUTH_SECRET: 'x'.repeat(32) });
    expect(parsed).toMatchObject({
      STAGE: 'local',
      AWS_REGION: 'ap-southeast-3',
      APP_URL: 'http://localhost:3000',
    });
  });
});
