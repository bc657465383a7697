import { describe, expect, it } from 'vitest';
import type { TActingAssignment, TActingOrder } from './acting.js';
import { actingOrderIssues, type TOrderContext } from './acting-rules.js';
import { actingStanding } from './acting-standing.js';

const order: TActingOrder = {
  kind: 'plh',
  duty: 'head',
  userId: 'sekretaris',
  from: '2026-12-07',
  until: '2026-12-11',
};
const secretary = {
  agencyId: 'dinsos',
  roles: ['viewer' as const],
  rank: 'Pembina (IV/a)',
  nip: '197001012000031001',
};
const context: TOrderContext = {
  agency: { id: 'dinsos', timeZone: 'Asia/Makassar' },
  unitIds: ['sekretariat', 'dayasos'],
  at: '2026-12-03T09:00:00+08:00',
  assignments: [],
  person: secretary,
};
const held: TActingAssignment = {
  ...order,
  id: 'a1',
  agencyId: 'dinsos',
  startsAt: '2026-12-10T00:00:00+08:00',
  endsAt: '2026-12-13T00:00:00+08:00',
  createdAt: '2026-12-01T09:00:00+08:00',
  createdBy: 'kepala-dinas',
  revision: 1,
};
const paths = (issues: { path: string }[]) => issues.map((issue) => issue.path);

describe('an acting order checked before it is given (the API and the form alike)', () => {
  it('is accepted for a free duty, a person of the region who may carry it, days to come', () => {
    expect(actingOrderIssues(order, context)).toEqual([]);
  });

  it('keeps one stand-in per duty: days that meet another for the same duty are refused at the first day', () => {
    expect(paths(actingOrderIssues(order, { ...context, assignments: [held] }))).toEqual(['from']);
    // Ended before these days, or for another unit's division head: free.
    const endedEarly = { ...held, endedAt: '2026-12-05T10:00:00+08:00' };
    expect(actingOrderIssues(order, { ...context, assignments: [endedEarly] })).toEqual([]);
    // Ended this morning: another takes the duty from today on, the hours before lie in the past.
    const endedToday = {
      ...held,
      startsAt: '2026-12-07T00:00:00+08:00',
      endedAt: '2026-12-07T08:00:00+08:00',
    };
    const later = { ...context, at: '2026-12-07T09:00:00+08:00' };
    expect(actingOrderIssues(order, { ...later, assignments: [endedToday] })).toEqual([]);
    expect(paths(actingOrderIssues(order, { ...context, assignments: [endedToday] }))).toEqual(['from']);
    const unitOrder: TActingOrder = { ...order, duty: 'division_head', unitId: 'dayasos' };
    const otherUnit = { ...held, duty: 'division_head' as const, unitId: 'sekretariat' };
    expect(actingOrderIssues(unitOrder, { ...context, assignments: [otherUnit] })).toEqual([]);
  });

  it('refuses a last day past, a unit not of the agency, someone who is no active member of the region', () => {
    const past = { ...order, from: '2026-11-30', until: '2026-12-02' };
    expect(paths(actingOrderIssues(past, context))).toEqual(['until']);
    const elsewhere: TActingOrder = { ...order, duty: 'division_head', unitId: 'dinkes-umum' };
    expect(paths(actingOrderIssues(elsewhere, context))).toEqual(['unitId']);
    expect(paths(actingOrderIssues(order, { ...context, person: undefined }))).toEqual(['userId']);
  });

  it("refuses the duty's own holder, roles that clash, and a head's stand-in without rank and NIP", () => {
    const head = { ...secretary, roles: ['head' as const] };
    expect(actingOrderIssues(order, { ...context, person: head })[0]?.message).toMatch(/sudah memegang/);
    const verifier = { ...secretary, roles: ['verifier' as const] };
    const unitOrder: TActingOrder = { ...order, duty: 'division_head', unitId: 'dayasos' };
    expect(actingOrderIssues(unitOrder, { ...context, person: verifier })[0]?.message).toMatch(/verifikator/);
    // From another agency the roles held there do not clash with a duty here.
    expect(actingOrderIssues(unitOrder, { ...context, person: { ...verifier, agencyId: 'dinkes' } })).toEqual(
      [],
    );
    const planner = { agencyId: 'dinsos', roles: ['planner' as const] };
    expect(actingOrderIssues(order, { ...context, person: planner }).map((i) => i.message)).toEqual([
      expect.stringMatching(/perencana tidak sekaligus kepala/),
      expect.stringMatching(/pangkat dan NIP/),
    ]);
  });
});

describe('where an appointment stands', () => {
  it('is coming before its first midnight, in force to the midnight after its last day, over after or once ended', () => {
    expect(actingStanding(held, '2026-12-09T23:59:00+08:00')).toBe('coming');
    expect(actingStanding(held, '2026-12-10T00:00:00+08:00')).toBe('current');
    expect(actingStanding(held, '2026-12-12T23:59:00+08:00')).toBe('current');
    expect(actingStanding(held, '2026-12-13T00:00:00+08:00')).toBe('past');
    expect(
      actingStanding({ ...held, endedAt: '2026-12-11T08:00:00+08:00' }, '2026-12-11T09:00:00+08:00'),
    ).toBe('past');
    // Cancelled before it began: over, never in force.
    expect(
      actingStanding({ ...held, endedAt: '2026-12-04T08:00:00+08:00' }, '2026-12-05T09:00:00+08:00'),
    ).toBe('past');
  });
});
