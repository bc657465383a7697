import type { ReactNode } from 'react';
import type { ApiError } from '../api/api-error';
import { ErrorMessage } from './error-message';
import { Loading } from './loading';

type TLoadedProps<T> = {
  /** A query's result (a list read a page at a time: its pages). */
  query: { data: T | undefined; error: ApiError | null; refetch: () => unknown };
  /** Shown instead of the error where "not found" is an ordinary answer (no quarters yet). */
  notFound?: ReactNode;
  children: (data: T) => ReactNode;
};

/**
 * A query's data once it is there; until then the loading line, or its error with a retry. A
 * failed refresh keeps the last data on screen, under the error.
 */
export function Loaded<T>({ query, notFound, children }: TLoadedProps<T>) {
  const { data, error } = query;
  return (
    <>
      {error && notFound !== undefined && error.status === 404 ? (
        notFound
      ) : (
        <ErrorMessage error={error} onRetry={() => void query.refetch()} />
      )}
      {data !== undefined ? children(data) : !error && <Loading />}
    </>
  );
}
