import { useCallback, useEffect, useState } from 'react';
import { ApiError } from './api-error';

/** The last good answer per key: revisiting a screen shows it at once while it refreshes. */
const cache = new Map<string, unknown>();

/** Drops cached answers whose key starts with the prefix (after a change they depend on). */
export const forget = (prefix: string): void => {
  for (const key of cache.keys()) if (key.startsWith(prefix)) cache.delete(key);
};

export type TResource<T> = {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload: () => void;
  /** Replaces the data with a fresh answer the screen already has (a write's result). */
  set: (data: T) => void;
};

const asApiError = (error: unknown) =>
  error instanceof ApiError
    ? error
    : new ApiError(0, 'CLIENT', error instanceof Error ? error.message : String(error));

/** Loads `key` with `load` (null key: nothing to load yet); cached, reloadable, race-safe. */
export function useResource<T>(key: string | null, load: () => Promise<T>): TResource<T> {
  const [state, setState] = useState<{ key: string | null; data?: T; error?: ApiError; loading: boolean }>(
    () => ({ key, data: key ? (cache.get(key) as T | undefined) : undefined, loading: key !== null }),
  );
  const [nonce, setNonce] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `load` is a fresh closure each render; the key names what it loads.
  useEffect(() => {
    if (key === null) return;
    let live = true;
    setState((previous) => ({
      key,
      data: previous.key === key ? previous.data : (cache.get(key) as T | undefined),
      loading: true,
    }));
    load().then(
      (data) => {
        cache.set(key, data);
        if (live) setState({ key, data, loading: false });
      },
      (error: unknown) => {
        if (live) setState((previous) => ({ ...previous, error: asApiError(error), loading: false }));
      },
    );
    return () => {
      live = false;
    };
  }, [key, nonce]);
  const reload = useCallback(() => setNonce((n) => n + 1), []);
  const set = useCallback(
    (data: T) => {
      if (key) cache.set(key, data);
      setState({ key, data, loading: false });
    },
    [key],
  );
  const current = state.key === key;
  return {
    data: current ? state.data : undefined,
    error: current ? state.error : undefined,
    loading: !current || state.loading,
    reload,
    set,
  };
}
