import { describe, expect, it } from 'vitest';
import { sweepBatches, sweepHorizon, ZSweepBatchSchema } from './sweep-batches.js';

const sweep = { at: '2031-04-07T08:00:00+08:00', scheduled: true };
const quarter = (agencyId: string, year = 2031) => ({ agencyId, year });

describe('the sweep batches', () => {
  it('carries each agency year once, whatever its number of due quarters', () => {
    const batches = sweepBatches([quarter('a'), quarter('b'), quarter('a'), quarter('a', 2030)], sweep);
    expect(batches).toEqual([{ ...sweep, agencies: [quarter('a'), quarter('b'), quarter('a', 2030)] }]);
  });

  it('splits the agencies into messages of at most the batch size, none empty', () => {
    const quarters = Array.from({ length: 23 }, (_, i) => quarter(`agency-${i}`));
    const batches = sweepBatches(quarters, sweep, 10);
    expect(batches.map((batch) => batch.agencies.length)).toEqual([10, 10, 3]);
    expect(batches.flatMap((batch) => batch.agencies)).toEqual(quarters);
    expect(sweepBatches([], sweep)).toEqual([]);
  });

  it('makes messages the worker parses back as they were sent', () => {
    const [batch] = sweepBatches([quarter('dinsos-hss')], sweep);
    expect(ZSweepBatchSchema.parse(JSON.parse(JSON.stringify(batch)))).toEqual(batch);
    expect(ZSweepBatchSchema.safeParse({ ...batch, agencies: [] }).success).toBe(false);
  });

  it('looks 62 days ahead of the sweep, in UTC', () => {
    expect(sweepHorizon('2031-04-07T08:00:00+08:00')).toBe('2031-06-08T00:00:00.000Z');
  });
});
