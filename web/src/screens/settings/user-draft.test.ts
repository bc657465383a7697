import { describe, expect, it } from 'vitest';
import type { TUser } from '../../../../shared/model/organisation';
import { draftFromUser, emptyUserDraft, fieldOfIssue, suggestUserId, userEntryFromDraft } from './user-draft';

const kabid: TUser = {
  id: 'kabid-pemberdayaan',
  email: 'kabid@dinsos.example',
  name: 'Drs. H. Ahmad',
  rank: 'Pembina (IV/a)',
  nip: '196703281986092001',
  roles: ['division_head'],
  agencyId: 'dinsos-hss',
  unitId: 'pemberdayaan-sosial',
  locale: 'id',
  remindersOff: false,
};

describe('the user form', () => {
  it('round-trips a stored user into what the API takes', () => {
    expect(userEntryFromDraft(draftFromUser(kabid))).toEqual({
      userId: 'kabid-pemberdayaan',
      body: {
        email: 'kabid@dinsos.example',
        name: 'Drs. H. Ahmad',
        rank: 'Pembina (IV/a)',
        nip: '196703281986092001',
        roles: ['division_head'],
        unitId: 'pemberdayaan-sosial',
        locale: 'id',
        remindersOff: false,
      },
    });
  });

  it('leaves blanks out, keeps a unit only for a division head, never offers the admin role', () => {
    const draft = {
      ...emptyUserDraft(),
      id: ' siti ',
      email: ' siti@dinsos.example ',
      name: 'Siti',
      nip: '  ',
      roles: ['viewer' as const, 'admin' as const],
      unitId: 'pemberdayaan-sosial',
    };
    const { userId, body } = userEntryFromDraft(draft);
    expect(userId).toBe('siti');
    expect(body).toEqual({
      email: 'siti@dinsos.example',
      name: 'Siti',
      rank: undefined,
      nip: undefined,
      roles: ['viewer'],
      unitId: undefined,
      locale: 'id',
      remindersOff: false,
    });
  });

  it('suggests an unused id from the e-mail', () => {
    expect(suggestUserId('Siti.Rahmah@dinsos.example', new Set())).toBe('siti-rahmah');
    expect(suggestUserId('siti.rahmah@x.example', new Set(['siti-rahmah', 'siti-rahmah-2']))).toBe(
      'siti-rahmah-3',
    );
    expect(suggestUserId('@', new Set())).toBe('pengguna');
  });

  it('puts each API issue on its field', () => {
    expect(fieldOfIssue('userId')).toBe('id');
    expect(fieldOfIssue('email')).toBe('email');
    expect(fieldOfIssue('roles.0')).toBe('roles');
    expect(fieldOfIssue('revision')).toBe('other');
  });
});
