import { QueryClient } from '@tanstack/react-query';
import type { ApiError } from './api-error';

declare module '@tanstack/react-query' {
  // Every query and mutation calls the API through `ok`, which throws nothing but ApiError.
  interface Register {
    defaultError: ApiError;
  }
}

/** Worth trying again unasked: the network or the server failed, not the request itself. */
const transient = (error: ApiError) => error.status === 0 || error.status >= 500;

/**
 * The tab's one cache of server state. A screen shows what it last read at once and reads it
 * again on every visit (stale at once); a change invalidates the keys it touched (queries.ts).
 * No refetch on window focus: a draft being typed must not be replaced under the user's hands.
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: (failures, error) => failures < 2 && transient(error),
      refetchOnWindowFocus: false,
    },
    mutations: { retry: false },
  },
});

/** Drops every answer read as the signed-in user (all but the server's sign-in config), for the next one. */
export const forgetUserData = (): void =>
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'config' });
