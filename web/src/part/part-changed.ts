import type { QueryClient } from '@tanstack/react-query';
import type { TPartRecord } from '../../../shared/model/records';
import { queries, yearKey } from '../api/queries';

/** Where a part lives: its agency, year, quarter and unit. */
export type TPartAddress = { agencyId: string; year: number; quarter: 1 | 2 | 3 | 4; unitId: string };

/**
 * After a write to a part: the API's answer replaces the part in the cache at once, and every
 * answer of its year (quarters, dashboard, tables, history) is out of date. `refetch: false` for
 * the autosave, whose own screen needs nothing read again: the others read it when next shown.
 */
export function partChanged(
  queryClient: QueryClient,
  address: TPartAddress,
  next: TPartRecord,
  { refetch = true } = {},
): Promise<void> {
  const { agencyId, year, quarter, unitId } = address;
  queryClient.setQueryData(queries.part(agencyId, year, quarter, unitId).queryKey, (old) =>
    old ? { ...old, part: next } : old,
  );
  return queryClient.invalidateQueries({
    queryKey: yearKey(agencyId, year),
    refetchType: refetch ? 'active' : 'none',
  });
}
