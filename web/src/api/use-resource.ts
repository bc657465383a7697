import { useCallback, useEffect, useState } from 'react';
import { ApiError } from './api-error';

/** The last good answer per key: revisiting a screen shows it at once while it refreshes. */
const cache = new Map<string, unknown>();

/** Requests started before any screen asked (the first screen's, while the session is read). */
const prefetched = new Map<string, Promise<unknown>>();

/** Drops cached answers (and unused prefetches) whose key starts with the prefix, after a change. */
export const forget = (prefix: string): void => {
  for (const key of cache.keys()) if (key.startsWith(prefix)) cache.delete(key);
  for (const key of prefetched.keys()) if (key.startsWith(prefix)) prefetched.delete(key);
};

/** Starts loading `key` now; the first useResource of the key takes this request instead of its own. */
export function prefetch<T>(key: string, load: () => Promise<T>): void {
  if (prefetched.has(key)) return;
  const request = load();
  // Arrived before its screen mounts: the screen's first render already has it.
  request.then(
    (data) => cache.set(key, data),
    () => {
      // The screen that takes it gets the same failure and shows it.
    },
  );
  prefetched.set(key, request);
}

/** A prefetched request for the key (used once), else a new one. */
function take<T>(key: string, load: () => Promise<T>): Promise<T> {
  const request = prefetched.get(key);
  if (!request) return load();
  prefetched.delete(key);
  // A key names one request: the prefetch ran the same `load` the screen passes.
  return request as Promise<T>;
}

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
    take(key, load).then(
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
