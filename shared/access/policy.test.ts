import { describe, expect, it } from 'vitest';
import type { TUser } from '../model/organisation.js';
import { seedUsers } from '../seed/organisation.js';
import { actions, isAllowed } from './policy.js';

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

  it('gives each workflow write to exactly one role, never to viewers or the admin', () => {
    for (const action of actions.filter((a) => a !== 'agency.read')) {
      for (const id of ['pengamat', 'inspektorat', 'admin'])
        expect(isAllowed(user(id), action, own)).toBe(false);
    }
    expect(isAllowed(user('kepala-dinas'), 'quarter.signOff', own)).toBe(true);
    expect(isAllowed(user('verifikator'), 'quarter.signOff', own)).toBe(false);
    expect(isAllowed(user('verifikator'), 'part.verify', { ...own, unitId: 'sekretariat' })).toBe(true);
    expect(isAllowed(user('perencana'), 'agreement.edit', own)).toBe(true);
    expect(isAllowed(user('perencana'), 'agreement.edit', otherAgency)).toBe(false);
  });
});
