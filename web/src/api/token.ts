import type { TCognitoClient } from '../auth/pkce';

/**
 * A value kept for the tab: a reload keeps it, closing the tab does not leave it behind on a
 * shared office PC. Kept in memory too: where sessionStorage is refused (some private modes) the
 * tab still works.
 */
export function tabValue(key: string) {
  let inMemory: string | null = null;
  return {
    read: (): string | null => {
      try {
        return sessionStorage.getItem(key) ?? inMemory;
      } catch {
        return inMemory;
      }
    },
    write: (value: string | null): void => {
      inMemory = value;
      try {
        if (value) sessionStorage.setItem(key, value);
        else sessionStorage.removeItem(key);
      } catch {
        // Storage refused: the in-memory copy serves this page.
      }
    },
  };
}

/** The bearer token: a Cognito ID token, or the development sign-in's. */
const token = tabValue('capaian.token');
/** What renews a Cognito session when its hour is up: the refresh token and its client. */
const renewal = tabValue('capaian.renewal');

export type TRenewal = { client: TCognitoClient; refreshToken: string };

export const readToken = token.read;

/** A new token; none ends the session, its renewal with it. */
export const writeToken = (value: string | null): void => {
  token.write(value);
  if (!value) renewal.write(null);
};

export const writeRenewal = (value: TRenewal): void => renewal.write(JSON.stringify(value));

export function readRenewal(): TRenewal | null {
  try {
    const value: unknown = JSON.parse(renewal.read() ?? 'null');
    if (typeof value !== 'object' || value === null || !('client' in value && 'refreshToken' in value))
      return null;
    const { client, refreshToken } = value as TRenewal;
    const whole =
      typeof refreshToken === 'string' &&
      typeof client?.domain === 'string' &&
      typeof client.clientId === 'string';
    return whole ? { client, refreshToken } : null;
  } catch {
    return null;
  }
}
