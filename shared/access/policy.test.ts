import { describe, expect, it } from 'vitest';
import type { TRole, TUser } from '../model/organisation.js';
import { seedUsers } from '../seed/organisation.js';
import {
  actingCapacity,
  actions,
  appointmentRefusal,
  clashingRoles,
  isAllowed,
  isWorkflowAction,
  keepsCalendar,
  mayGrant,
  refusalOf,
  userChangeRefusal,
} from './policy.js';

const user = (id: string): TUser => {
  const found = seedUsers.find((candidate) => candidate.id === id);
  if (!found) throw new Error(id);
  return found;
};
const own = { regionId: 'kab-hss', agencyId: 'dinsos-hss' };
const otherAgency = { regionId: 'kab-hss', agencyId: 'dinkes-hss' };
const otherRegion = { regionId: 'kab-tapin', agencyId: 'dinsos-tapin' };

describe('isAllowed', () => {
  it('lets every member of the agency and the region viewer read, and nobody from elsewhere', () => {
    for (const member of seedUsers) expect(isAllowed(member, 'agency.read', own)).toBe(true);
    expect(isAllowed(user('inspektorat'), 'agency.read', otherAgency)).toBe(true);
    expect(isAllowed(user('inspektorat'), 'agency.read', otherRegion)).toBe(false);
    expect(isAllowed(user('kepala-dinas'), 'agency.read', otherAgency)).toBe(false);
  });

  it('lets a division head write only their own unit', () => {
    const head = user('kabid-pemberdayaan');
    expect(isAllowed(head, 'part.submit', { ...own, unitId: 'pemberdayaan-sosial' })).toBe(true);
    expect(isAllowed(head, 'part.submit', { ...own, unitId: 'sekretariat' })).toBe(false);
    expect(isAllowed(head, 'part.submit', own)).toBe(false);
  });

  it("lets the planner fill any unit's draft on its behalf, and no division head another's", () => {
    for (const unitId of ['pemberdayaan-sosial', 'sekretariat'])
      expect(isAllowed(user('perencana'), 'part.fillFor', { ...own, unitId })).toBe(true);
    expect(isAllowed(user('perencana'), 'part.fillFor', otherAgency)).toBe(false);
    expect(isAllowed(user('perencana'), 'part.submit', { ...own, unitId: 'sekretariat' })).toBe(false);
    expect(isAllowed(user('kabid-pemberdayaan'), 'part.fillFor', { ...own, unitId: 'sekretariat' })).toBe(
      false,
    );
  });

  it('gives each workflow write to exactly one role, never to viewers or the admin', () => {
    const workflow = actions.filter(isWorkflowAction);
    for (const action of workflow) {
      for (const id of ['pengamat', 'inspektorat', 'bappeda', 'admin-bappeda', 'admin'])
        expect(isAllowed(user(id), action, own)).toBe(false);
    }
    expect(isAllowed(user('kepala-dinas'), 'quarter.signOff', own)).toBe(true);
    expect(isAllowed(user('verifikator'), 'quarter.signOff', own)).toBe(false);
    expect(isAllowed(user('verifikator'), 'part.verify', { ...own, unitId: 'sekretariat' })).toBe(true);
    expect(isAllowed(user('perencana'), 'agreement.edit', own)).toBe(true);
    expect(isAllowed(user('perencana'), 'agreement.edit', otherAgency)).toBe(false);
  });
});

describe('the region roles', () => {
  it("lets the region admin (Bappeda) create and restructure the region's agencies, and nobody else", () => {
    const newAgency = { regionId: 'kab-hss', agencyId: 'dinkes-hss' };
    expect(isAllowed(user('admin-bappeda'), 'agencies.manage', newAgency)).toBe(true);
    expect(isAllowed(user('admin-bappeda'), 'agencies.manage', otherRegion)).toBe(false);
    expect(isAllowed(user('admin'), 'agencies.manage', otherRegion)).toBe(true);
    for (const id of ['bappeda', 'inspektorat', 'kepala-dinas', 'perencana', 'pengamat'])
      expect(isAllowed(user(id), 'agencies.manage', own), id).toBe(false);
  });

  it("lets Bappeda's reader and the Inspektorat read every agency of their region and change nothing", () => {
    for (const id of ['bappeda', 'inspektorat']) {
      expect(isAllowed(user(id), 'agency.read', otherAgency)).toBe(true);
      expect(isAllowed(user(id), 'agency.read', otherRegion)).toBe(false);
      const reads = ['agency.read', 'region.read'];
      expect(actions.filter((action) => !reads.includes(action) && isAllowed(user(id), action, own))).toEqual(
        [],
      );
    }
  });

  it("lets the region's own people and the system admin read the whole region, and no agency's staff", () => {
    const readers = seedUsers.filter((member) => isAllowed(member, 'region.read', own)).map((u) => u.id);
    expect(readers.sort()).toEqual(['admin', 'admin-bappeda', 'bappeda', 'inspektorat']);
    for (const id of ['admin-bappeda', 'bappeda', 'inspektorat'])
      expect(isAllowed(user(id), 'region.read', otherRegion), id).toBe(false);
    expect(isAllowed(user('admin'), 'region.read', otherRegion)).toBe(true);
  });
});

describe("the region's step above the sign-off", () => {
  it("is the Bappeda's (the region's administrator): no agency role, no reader, not the system admin", () => {
    for (const action of ['quarter.accept', 'quarter.sendBack'] as const) {
      const allowed = seedUsers.filter((member) => isAllowed(member, action, own)).map((u) => u.id);
      expect(allowed).toEqual(['admin-bappeda']);
      expect(isAllowed(user('admin-bappeda'), action, otherRegion)).toBe(false);
      expect(actingCapacity(user('admin-bappeda'), action, own)).toBeUndefined();
    }
  });
});

describe("the region's files in English", () => {
  it('are asked for by the administrator of the region (or the system admin), by no reader or agency', () => {
    const allowed = seedUsers.filter((member) => isAllowed(member, 'regionReports.regenerate', own));
    expect(allowed.map((u) => u.id).sort()).toEqual(['admin', 'admin-bappeda']);
    expect(isAllowed(user('admin-bappeda'), 'regionReports.regenerate', otherRegion)).toBe(false);
  });
});

describe('retrying a failed outbox event', () => {
  it("is the agency's planner's or the administrator's (of the region), nobody else's", () => {
    const retries = seedUsers.filter((member) => isAllowed(member, 'outbox.retry', own)).map((u) => u.id);
    expect(retries.sort()).toEqual(['admin', 'admin-bappeda', 'perencana']);
    expect(isAllowed(user('perencana'), 'outbox.retry', otherAgency)).toBe(false);
    const regionAdmin = { ...user('admin'), regionId: 'kab-hss' };
    expect(isAllowed(regionAdmin, 'outbox.retry', otherAgency)).toBe(true);
    expect(isAllowed(regionAdmin, 'outbox.retry', otherRegion)).toBe(false);
  });
});

describe('the region’s calendar', () => {
  it('is kept by the region’s administrator (or the system admin), by nobody in an agency', () => {
    const regionAdmin = { ...user('admin'), id: 'bappeda', regionId: own.regionId };
    const elsewhere = { ...regionAdmin, regionId: 'kab-tapin' };
    expect(isAllowed(regionAdmin, 'calendar.manage', own)).toBe(true);
    expect(isAllowed(user('admin'), 'calendar.manage', own)).toBe(true);
    expect(isAllowed(elsewhere, 'calendar.manage', own)).toBe(false);
    for (const id of ['kepala-dinas', 'perencana', 'inspektorat', 'pengamat'])
      expect(isAllowed(user(id), 'calendar.manage', own)).toBe(false);
    expect(keepsCalendar(regionAdmin, own.regionId)).toBe(true);
    expect(keepsCalendar(elsewhere, own.regionId)).toBe(false);
  });
});

describe('separation of duties', () => {
  it('says who grants each role: the head by the region admin, planner and verifier by the head', () => {
    const grants = (id: string) =>
      (['head', 'planner', 'verifier', 'division_head', 'viewer', 'admin'] as const).filter((role) =>
        mayGrant(user(id), role, own),
      );
    expect(grants('admin')).toEqual(['head', 'planner', 'verifier', 'division_head', 'viewer']);
    expect(grants('kepala-dinas')).toEqual(['planner', 'verifier', 'division_head', 'viewer']);
    expect(grants('perencana')).toEqual(['division_head', 'viewer']);
    for (const id of ['verifikator', 'sekretaris', 'pengamat', 'inspektorat', 'bappeda'])
      expect(grants(id)).toEqual([]);
    expect(grants('admin-bappeda')).toEqual(grants('admin'));
    expect(mayGrant(user('kepala-dinas'), 'verifier', otherAgency)).toBe(false);
    // A region's administrator appoints heads in their region only.
    const regionAdmin = { ...user('admin'), regionId: 'kab-hss' };
    expect(mayGrant(regionAdmin, 'head', own)).toBe(true);
    expect(mayGrant(regionAdmin, 'head', otherRegion)).toBe(false);
  });

  it('lets nobody change their own roles, nor someone holding a role they may not grant', () => {
    const planner = user('perencana');
    const change = (id: string, before: TRole[], after: TRole[]) => ({ id, before, after });
    expect(userChangeRefusal(planner, change('perencana', ['planner'], ['planner', 'head']), own)).toBe(
      'ownRoles',
    );
    expect(userChangeRefusal(planner, change('x', [], ['division_head']), own)).toBeNull();
    expect(userChangeRefusal(planner, change('x', ['verifier'], ['viewer']), own)).toBe('role');
    expect(userChangeRefusal(planner, change('x', ['viewer'], ['head']), own)).toBe('role');
    expect(userChangeRefusal(user('kepala-dinas'), change('x', ['viewer'], ['verifier']), own)).toBeNull();
    expect(userChangeRefusal(user('admin'), change('admin', ['admin'], ['admin', 'head']), own)).toBe(
      'ownRoles',
    );
  });

  it('finds incompatible roles: division head with verifier, planner with head (none in the demo)', () => {
    for (const member of seedUsers) expect(clashingRoles(member.roles), member.id).toEqual([]);
    const pairs = (roles: TRole[]) => clashingRoles(roles).map((clash) => clash.roles);
    expect(pairs(['division_head', 'verifier'])).toEqual([['division_head', 'verifier']]);
    expect(pairs(['head', 'planner', 'viewer'])).toEqual([['planner', 'head']]);
    expect(pairs(['head', 'verifier'])).toEqual([]);
    expect(pairs(['planner', 'division_head'])).toEqual([]);
  });

  it('keeps the submitter from reviewing their part and a verifier from signing off the quarter', () => {
    const part = { ...own, unitId: 'sekretariat' };
    const verifier = user('verifikator');
    expect(refusalOf(verifier, 'part.verify', { ...part, submittedBy: 'verifikator' })).toBe('ownSubmission');
    expect(refusalOf(verifier, 'part.return', { ...part, submittedBy: 'verifikator' })).toBe('ownSubmission');
    expect(refusalOf(verifier, 'part.verify', { ...part, submittedBy: 'sekretaris' })).toBeNull();
    const head = user('kepala-dinas');
    expect(refusalOf(head, 'quarter.signOff', { ...own, verifiedBy: ['verifikator', 'kepala-dinas'] })).toBe(
      'ownVerification',
    );
    expect(refusalOf(head, 'quarter.signOff', { ...own, verifiedBy: ['verifikator'] })).toBeNull();
    // The role comes first: a stranger is refused for want of it, not for their history.
    expect(refusalOf(user('pengamat'), 'part.verify', { ...part, submittedBy: 'pengamat' })).toBe('role');
  });
});

describe('acting officials (Plt./Plh.)', () => {
  const plhHead = {
    ...user('sekretaris'),
    acting: [{ agencyId: 'dinsos-hss', kind: 'plh', duty: 'head' }] as const,
  };
  const pltUnit = {
    ...user('pengamat'),
    acting: [
      { agencyId: 'dinsos-hss', kind: 'plt', duty: 'division_head', unitId: 'pemberdayaan-sosial' },
    ] as const,
  };

  it("take the absent official's workflow steps in that agency and unit only, and say so", () => {
    expect(refusalOf(plhHead, 'quarter.signOff', own)).toBeNull();
    expect(actingCapacity(plhHead, 'quarter.signOff', own)).toEqual({
      kind: 'plh',
      duty: 'head',
      unitId: undefined,
    });
    expect(refusalOf(plhHead, 'quarter.signOff', otherAgency)).toBe('role');
    // Their own unit's part stays theirs, in their own role.
    expect(actingCapacity(plhHead, 'part.submit', { ...own, unitId: 'sekretariat' })).toBeUndefined();
    expect(isAllowed(pltUnit, 'part.submit', { ...own, unitId: 'pemberdayaan-sosial' })).toBe(true);
    expect(isAllowed(pltUnit, 'part.submit', { ...own, unitId: 'sekretariat' })).toBe(false);
    expect(isAllowed(pltUnit, 'part.verify', { ...own, unitId: 'pemberdayaan-sosial' })).toBe(false);
  });

  it('follow the duty rules like anyone: a stand-in who verified a part does not sign its quarter off', () => {
    expect(refusalOf(plhHead, 'quarter.signOff', { ...own, verifiedBy: ['sekretaris'] })).toBe(
      'ownVerification',
    );
  });

  it("read an agency they act in, and gain none of the official's staffing powers", () => {
    const fromElsewhere = { ...user('kepala-dinas'), agencyId: 'dinkes-hss', acting: plhHead.acting };
    expect(isAllowed(fromElsewhere, 'agency.read', own)).toBe(true);
    expect(isAllowed(plhHead, 'users.manage', own)).toBe(false);
    expect(appointmentRefusal(plhHead, { duty: 'division_head', userId: 'pengamat' }, own)).toBe('role');
  });

  it('are appointed for the head by the head or the region admin, for a unit by whoever gives that role; never by themselves', () => {
    const head = { duty: 'head' as const, userId: 'sekretaris' };
    const unit = { duty: 'division_head' as const, userId: 'pengamat' };
    expect(appointmentRefusal(user('kepala-dinas'), head, own)).toBeNull();
    expect(appointmentRefusal(user('admin'), head, own)).toBeNull();
    expect(appointmentRefusal(user('perencana'), head, own)).toBe('role');
    expect(appointmentRefusal(user('perencana'), unit, own)).toBeNull();
    expect(appointmentRefusal(user('verifikator'), unit, own)).toBe('role');
    expect(appointmentRefusal(user('kepala-dinas'), { ...head, userId: 'kepala-dinas' }, own)).toBe(
      'ownAppointment',
    );
  });
});
