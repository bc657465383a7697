const key = 'capaian.token';

// Kept in memory too: where sessionStorage is refused (some private modes) the tab still works.
let inMemory: string | null = null;

/**
 * The bearer token (a Cognito ID token, or the development sign-in's) lives for the tab: a reload
 * keeps the user signed in, closing the tab does not leave a token behind on a shared office PC.
 */
export const readToken = (): string | null => {
  try {
    return sessionStorage.getItem(key) ?? inMemory;
  } catch {
    return inMemory;
  }
};

export const writeToken = (token: string | null): void => {
  inMemory = token;
  try {
    if (token) sessionStorage.setItem(key, token);
    else sessionStorage.removeItem(key);
  } catch {
    // Storage refused: the in-memory copy serves this page.
  }
};
