import { describe, expect, it } from 'vitest';
import { seedUsers } from '../../../../shared/seed/organisation';
import { demoUserRole } from './dev-sign-in';

const roleOf = (userId: string, lang: 'id' | 'en') =>
  demoUserRole(seedUsers.find((user) => user.id === userId) ?? expect.fail(`no ${userId}`), lang);

describe('the development sign-in list', () => {
  it("names a division head's unit, not its id, in both languages", () => {
    expect(roleOf('kabid-pemberdayaan', 'id')).toBe('Kepala Bidang · Bidang Pemberdayaan Sosial');
    expect(roleOf('kabid-pemberdayaan', 'en')).toBe('Division head · Bidang Pemberdayaan Sosial');
    expect(roleOf('sekretaris', 'id')).toBe('Kepala Bidang · Sekretariat');
  });

  it("says the region's own people work across it, and the agency's others by role alone", () => {
    expect(roleOf('inspektorat', 'id')).toBe('Pengamat · seluruh kabupaten');
    expect(roleOf('perencana', 'en')).toBe('Planner');
  });
});
