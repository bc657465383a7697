import { describe, expect, it } from 'vitest';
import { namedPerson, personWords } from './named-person.js';
import type { TUser } from './organisation.js';

const siti: TUser = {
  id: 'siti',
  email: 'siti@dinsos.example',
  name: 'Siti Rahmah, S.Sos',
  roles: ['division_head'],
  agencyId: 'dinsos-hss',
  unitId: 'pemberdayaan-sosial',
  locale: 'id',
  remindersOff: false,
};

const agencies = new Map([['dinkes-hss', 'Dinas Kesehatan']]);

describe('a person the record names', () => {
  it('stands here, at another agency since a move, or no longer active; the region admin stands here', () => {
    expect(namedPerson(siti, 'dinsos-hss', agencies).standing).toBe('member');
    expect(namedPerson({ ...siti, agencyId: 'dinkes-hss' }, 'dinsos-hss', agencies).standing).toBe(
      'elsewhere',
    );
    expect(namedPerson({ ...siti, disabled: true }, 'dinsos-hss', agencies).standing).toBe('inactive');
    const bappeda = { ...siti, agencyId: undefined, regionId: 'hss', roles: ['admin' as const] };
    expect(namedPerson(bappeda, 'dinsos-hss', agencies).standing).toBe('member');
  });

  it('reads by name in both languages, marked where they are no longer here; by id where nobody is known by it', () => {
    const moved = namedPerson({ ...siti, agencyId: 'dinkes-hss' }, 'dinsos-hss', agencies);
    const disabled = namedPerson({ ...siti, disabled: true }, 'dinsos-hss', agencies);
    expect(personWords('siti', namedPerson(siti, 'dinsos-hss', agencies), 'id')).toBe('Siti Rahmah, S.Sos');
    expect(personWords('siti', moved, 'id')).toBe('Siti Rahmah, S.Sos (kini di Dinas Kesehatan)');
    expect(personWords('siti', { ...moved, agency: undefined }, 'id')).toBe(
      'Siti Rahmah, S.Sos (kini di perangkat daerah lain)',
    );
    expect(personWords('siti', disabled, 'id')).toBe('Siti Rahmah, S.Sos (tidak aktif)');
    expect(personWords('siti', moved, 'en')).toBe('Siti Rahmah, S.Sos (now at Dinas Kesehatan)');
    expect(personWords('siti', disabled, 'en')).toBe('Siti Rahmah, S.Sos (no longer active)');
    expect(personWords('orang-lain', undefined, 'id')).toBe('orang-lain');
  });
});
