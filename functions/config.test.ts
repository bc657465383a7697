import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { zodLocaleError } from '../shared/zod-locale.js';
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

  const local = { ...base, LOCAL_AUTH_SECRET: 'x'.repeat(32) };
  const misconfigured = {
    ...local,
    TABLE_NAME: 'ab',
    APP_URL: 'the web app',
    AUTH_MODE: 'sso',
    LEASE_SECONDS: '1.5',
    AWS_REQUEST_TIMEOUT_MS: 'soon',
    LOG_LEVEL: 'trace',
  };
  // What an operator reads when a deploy sets a variable wrong: the variable and what it must be.
  const explained = [
    'Capaian: invalid configuration in the environment:',
    '  TABLE_NAME: Too small: expected string to have >=3 characters',
    '  APP_URL: Invalid URL',
    '  AUTH_MODE: Invalid option: expected one of "local"|"cognito"',
    '  LEASE_SECONDS: Invalid input: expected int, received number',
    '  AWS_REQUEST_TIMEOUT_MS: Invalid input: expected number, received NaN',
    '  LOG_LEVEL: Invalid option: expected one of "debug"|"info"|"warn"|"error"',
  ].join('\n');

  it('says what each malformed variable must be', () => {
    expect(() => parseConfig(misconfigured)).toThrow(explained);
    expect(() => parseConfig({ ...local, LEASE_SECONDS: '901', AWS_REQUEST_TIMEOUT_MS: '99' })).toThrow(
      /LEASE_SECONDS: Too big: expected number to be <=900\n {2}AWS_REQUEST_TIMEOUT_MS: Too small: expected number to be >=100/,
    );
    expect(parseConfig({ ...local, LEASE_SECONDS: '42' }).LEASE_SECONDS).toBe(42);
  });

  it("speaks English to operators whatever language the process's users get", () => {
    z.config({ localeError: zodLocaleError });
    expect(() => parseConfig(misconfigured)).toThrow(explained);
  });
});
