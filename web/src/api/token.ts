const key = 'capaian.token';

/** The bearer token lives in localStorage so a reload keeps the user signed in. */
export const readToken = (): string | null => {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
};

export const writeToken = (token: string | null): void => {
  if (token) localStorage.setItem(key, token);
  else localStorage.removeItem(key);
};
