import { describe, expect, it } from 'vitest';
import type { TActingAssignment } from './acting.js';
import { actingNotices } from './acting-notices.js';
import type { TUser } from './organisation.js';

const person = (id: string, roles: TUser['roles'], unitId?: string): TUser => ({
  id,
  email: `${id}@dinsos.example`,
  name: id,
  roles,
  agencyId: 'dinsos-hss',
  unitId,
  locale: 'id',
  remindersOff: false,
});
const assignment = (id: string, over: Partial<TActingAssignment>): TActingAssignment => ({
  id,
  agencyId: 'dinsos-hss',
  kind: 'plh',
  duty: 'head',
  userId: 'sekretaris',
  from: '2026-12-07',
  until: '2026-12-11',
  startsAt: '2026-12-07T00:00:00+08:00',
  endsAt: '2026-12-12T00:00:00+08:00',
  createdAt: '2026-12-01T09:00:00+08:00',
  createdBy: 'kepala-dinas',
  revision: 1,
  ...over,
});
const headLeave = assignment('head-leave', {});
const kabidLeave = assignment('kabid-leave', {
  duty: 'division_head',
  unitId: 'pemberdayaan-sosial',
  userId: 'pengamat',
});
const over = assignment('over', {
  from: '2026-11-02',
  startsAt: '2026-11-02T00:00:00+08:00',
  endsAt: '2026-11-04T00:00:00+08:00',
});
const all = [over, headLeave, kabidLeave];
const ids = (notices: { assignment: { id: string }; standing: string }[]) =>
  notices.map(({ assignment: a, standing }) => `${a.id} ${standing}`);

describe("a person's home of the agency's acting officials", () => {
  it('tells the acting official what they carry, coming and then in force; nothing once over', () => {
    const secretary = person('sekretaris', ['division_head'], 'sekretariat');
    expect(ids(actingNotices(secretary, all, '2026-12-04T10:00:00+08:00').carried)).toEqual([
      'head-leave coming',
    ]);
    expect(ids(actingNotices(secretary, all, '2026-12-07T00:00:00+08:00').carried)).toEqual([
      'head-leave current',
    ]);
    expect(actingNotices(secretary, all, '2026-12-12T00:00:00+08:00').carried).toEqual([]);
  });

  it("tells the person replaced who carries their duty: the head theirs, a division head their own unit's only", () => {
    const at = '2026-12-08T10:00:00+08:00';
    expect(ids(actingNotices(person('kepala-dinas', ['head']), all, at).carriedForMe)).toEqual([
      'head-leave current',
    ]);
    const kabid = person('kabid-pemberdayaan', ['division_head'], 'pemberdayaan-sosial');
    expect(ids(actingNotices(kabid, all, at).carriedForMe)).toEqual(['kabid-leave current']);
    const otherKabid = person('kabid-perlindungan', ['division_head'], 'perlindungan-jaminan');
    expect(actingNotices(otherKabid, all, at)).toEqual({ carried: [], carriedForMe: [] });
    // Ended early: nobody reads it on their home any more.
    const ended = { ...headLeave, endedAt: '2026-12-08T09:00:00+08:00' };
    expect(actingNotices(person('kepala-dinas', ['head']), [ended], at).carriedForMe).toEqual([]);
  });
});
