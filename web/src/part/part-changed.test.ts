import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { TPartRecord } from '../../../shared/model/records';
import { queries } from '../api/queries';
import { partChanged } from './part-changed';

const agencyId = 'dinsos-hss';
const address = { agencyId, year: 2026, quarter: 1, unitId: 'pemberdayaan-sosial' } as const;
const keys = {
  part: queries.part(agencyId, 2026, 1, 'pemberdayaan-sosial').queryKey,
  quarters: queries.quarters(agencyId, 2026).queryKey,
  dashboard: queries.dashboard(agencyId, 2026, 2).queryKey,
  audit: queries.audit(agencyId, 2026, { kind: 'quarter', quarter: 1 }).queryKey,
  otherYear: queries.quarters(agencyId, 2025).queryKey,
  otherAgency: queries.quarters('dinkes-hss', 2026).queryKey,
  settings: queries.settings(agencyId).queryKey,
};

/** A cache holding an answer under every key above, none of them out of date. */
function filledCache(): QueryClient {
  const client = new QueryClient();
  for (const key of Object.values(keys)) client.setQueryData(key, { answer: key.join('/') } as never);
  return client;
}

const invalidated = (client: QueryClient) =>
  Object.fromEntries(
    Object.entries(keys).map(([name, key]) => [name, client.getQueryState(key)?.isInvalidated]),
  );

const submitted = { revision: 3, state: 'submitted' } as TPartRecord;

describe('a change to a part', () => {
  it('puts the answer into the part at once and makes everything of its year out of date, nothing else', async () => {
    const client = filledCache();
    await partChanged(client, address, submitted);
    expect(client.getQueryData(keys.part)).toMatchObject({ part: submitted });
    expect(invalidated(client)).toEqual({
      part: true,
      quarters: true,
      dashboard: true,
      audit: true,
      otherYear: false,
      otherAgency: false,
      settings: false,
    });
  });
});
