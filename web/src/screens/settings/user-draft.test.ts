import { describe, expect, it } from 'vitest';
import { setLocaleSource } from '../../../../shared/i18n';
import type { TUser } from '../../../../shared/model/organisation';
import { zodLocaleError } from '../../../../shared/zod-locale';
import {
  draftFromUser,
  emptyUserDraft,
  fieldOfIssue,
  suggestUserId,
  userEntryFromDraft,
  ZUserFormSchema,
} from './user-draft';

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
      id: 'kabid-pemberdayaan',
      email: 'kabid@dinsos.example',
      name: 'Drs. H. Ahmad',
      rank: 'Pembina (IV/a)',
      nip: '196703281986092001',
      roles: ['division_head'],
      unitId: 'pemberdayaan-sosial',
      locale: 'id',
      remindersOff: false,
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
    expect(userEntryFromDraft(draft)).toEqual({
      id: 'siti',
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
    expect(fieldOfIssue('revision')).toBeNull();
  });

  it("is checked by the shared user schema before it is sent, each problem at its field, in the reader's language", () => {
    const fields = (lang: 'id' | 'en') => {
      setLocaleSource(() => lang);
      const result = ZUserFormSchema.safeParse(
        { ...emptyUserDraft(), id: 'Siti Rahmah', email: 'siti@', nip: '1967' },
        { error: zodLocaleError },
      );
      const issues = result.error?.issues.map((issue) => [issue.path.join('.'), issue.message]) ?? [];
      setLocaleSource(() => 'id');
      return issues;
    };
    expect(fields('id').map(([path]) => path)).toEqual(['id', 'email', 'name', 'nip', 'roles']);
    expect(Object.fromEntries(fields('id')).nip).toBe('NIP terdiri dari 18 angka');
    expect(Object.fromEntries(fields('en')).nip).toBe('a NIP has 18 digits');
    expect(Object.fromEntries(fields('en')).email).not.toBe(Object.fromEntries(fields('id')).email);
    expect(ZUserFormSchema.parse(draftFromUser(kabid))).toMatchObject({
      id: kabid.id,
      roles: ['division_head'],
    });
  });
});
