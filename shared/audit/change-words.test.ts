import { describe, expect, it } from 'vitest';
import { actingWords } from '../model/acting-standing.js';
import {
  agenciesNamedIn,
  changeWords,
  peopleNamedIn,
  recordNames,
  type TRecordNames,
  unitsNamedIn,
} from './change-words.js';

const names: TRecordNames = {
  objectives: new Map(),
  indicators: new Map([['uep-prse', '1.4.a Jumlah PRSE yang memperoleh bantuan UEP']]),
  activities: new Map([['1.1', '1.1 Bantuan Usaha bagi Masyarakat Miskin']]),
  programs: new Map([['4', '4 Program Peningkatan PSKS']]),
  units: new Map([['sekretariat', 'Sekretariat']]),
  people: new Map([['staf-baru', 'Staf Baru']]),
  agencies: new Map([
    ['dinsos-hss', 'Dinas Sosial'],
    ['dishub-hss', 'Dinas Perhubungan'],
  ]),
  agencyUnits: new Map([
    [
      'dinsos-hss',
      new Map([
        ['sekretariat', 'Sekretariat'],
        ['pemberdayaan-sosial', 'Bidang Pemberdayaan Sosial'],
      ]),
    ],
    [
      'dishub-hss',
      new Map([
        ['sekretariat', 'Sekretariat Dinas Perhubungan'],
        ['angkutan', 'Bidang Angkutan'],
      ]),
    ],
  ]),
};
const inWords = (path: string, before: unknown, after: unknown, locale: 'id' | 'en' = 'id') =>
  changeWords({ path, before, after }, names, locale, 'Asia/Makassar');

describe('changeWords', () => {
  it('names the indicator of a figure and writes it as the agency reads numbers', () => {
    expect(inWords('realisations.uep-prse.value', 0, 20.5)).toEqual({
      field: 'Realisasi: 1.4.a Jumlah PRSE yang memperoleh bantuan UEP › Nilai',
      before: '0',
      after: '20,5',
    });
    expect(inWords('realisations.uep-prse.value', 1250, 20.5, 'en')).toMatchObject({
      before: '1,250',
      after: '20.5',
    });
  });

  it('names the file removed from a part and the indicator it supported, in either language', () => {
    expect(inWords('evidence.uep-prse', 'Foto kegiatan.jpg', null)).toEqual({
      field: 'Data dukung: 1.4.a Jumlah PRSE yang memperoleh bantuan UEP',
      before: '“Foto kegiatan.jpg”',
      after: '–',
    });
    expect(inWords('evidence.uep-prse', 'Foto kegiatan.jpg', null, 'en').field).toBe(
      'Evidence: 1.4.a Jumlah PRSE yang memperoleh bantuan UEP',
    );
  });

  it("takes an activity's dotted code whole and writes its spending in Rupiah", () => {
    expect(inWords('budget.1.1.amount', 13_402_000, 13_500_000)).toEqual({
      field: 'Anggaran: 1.1 Bantuan Usaha bagi Masyarakat Miskin › Realisasi anggaran',
      before: 'Rp 13.402.000',
      after: 'Rp 13.500.000',
    });
  });

  it('numbers a row recorded by its place, as events stored before rows were named are', () => {
    expect(inWords('realisations.0.value', 51, 49.68).field).toBe('Realisasi ke-1 › Nilai');
    expect(inWords('realisations.5', null, { value: 20, indicatorId: 'uep-prse' }).after).toBe(
      'Nilai: 20; Indikator: 1.4.a Jumlah PRSE yang memperoleh bantuan UEP',
    );
  });

  it("says a person's roles, unit and language in words, and a moment in the agency's time zone", () => {
    expect(inWords('users.staf-baru.roles', ['viewer'], ['division_head', 'viewer'])).toEqual({
      field: 'Pengguna: Staf Baru › Peran',
      before: 'Pengamat',
      after: 'Kepala Bidang, Pengamat',
    });
    expect(inWords('users.staf-baru.unitId', null, 'sekretariat').after).toBe('Sekretariat');
    expect(inWords('indicator.uep-prse.responsibleUnitIds', [], ['sekretariat'])).toMatchObject({
      field: 'Indikator: 1.4.a Jumlah PRSE yang memperoleh bantuan UEP › Penanggung jawab',
      after: 'Sekretariat',
    });
    expect(inWords('indicator.uep-prse', null, { polarity: 'lower', aggregation: 'sum' }).after).toBe(
      'Arah: makin rendah makin baik; Cara menghitung: dijumlahkan',
    );
    expect(inWords('users.staf-baru.disabled', false, true)).toMatchObject({ before: 'Tidak', after: 'Ya' });
    expect(inWords('dueAt', '2026-04-07T15:59:00.000Z', null)).toEqual({
      field: 'Tenggat',
      before: '7 Apr 2026, 23.59 WITA',
      after: '–',
    });
  });

  it("writes an acting appointment's fields, leaving out its id", () => {
    const order = {
      kind: 'plh',
      duty: 'head',
      userId: 'staf-baru',
      from: '2026-12-10',
      until: '2026-12-12',
      decree: '800/12',
    };
    expect(inWords('acting.1e53a82c-283f-4ff4-9551-067651b443c6', null, order)).toEqual({
      field: 'Plt./Plh.',
      before: '–',
      after:
        'Jenis: Plh.; Tugas: Kepala Dinas; Pegawai: Staf Baru; Mulai: 10 Desember 2026; Sampai: 12 Desember 2026; Dasar: “800/12”',
    });
  });

  it('names the agencies a person was moved between, in either language; one nobody names stays as stored', () => {
    expect(inWords('users.staf-baru.agencyId', 'dinsos-hss', 'dishub-hss')).toEqual({
      field: 'Pengguna: Staf Baru › Perangkat daerah',
      before: 'Dinas Sosial',
      after: 'Dinas Perhubungan',
    });
    expect(inWords('users.staf-baru.agencyId', 'dinsos-hss', 'dinkes-hss', 'en')).toEqual({
      field: 'User: Staf Baru › Agency',
      before: 'Dinas Sosial',
      after: '“dinkes-hss”',
    });
  });
});

describe('a move between agencies', () => {
  const move = (from: string | null, to: string | null) => [
    { path: 'users.staf-baru.agencyId', before: 'dinsos-hss', after: 'dishub-hss' },
    { path: 'users.staf-baru.roles', before: ['division_head'], after: ['division_head'] },
    { path: 'users.staf-baru.unitId', before: from, after: to },
  ];
  const unitWords = (changes: ReturnType<typeof move>, locale: 'id' | 'en' = 'id') =>
    changeWords(changes[2] ?? expect.fail('no unit'), names, locale, 'Asia/Makassar', changes);

  it("names each unit by the agency it is of: the other agency's too, the same id in both", () => {
    expect(unitWords(move('pemberdayaan-sosial', 'angkutan'))).toEqual({
      field: 'Pengguna: Staf Baru › Unit',
      before: 'Bidang Pemberdayaan Sosial',
      after: 'Bidang Angkutan',
    });
    expect(unitWords(move('sekretariat', 'sekretariat'), 'en')).toEqual({
      field: 'User: Staf Baru › Unit',
      before: 'Sekretariat',
      after: 'Sekretariat Dinas Perhubungan',
    });
    // Without a unit on one side, or a unit the record does not name: as before.
    expect(unitWords(move(null, 'lalu-lintas'))).toMatchObject({ before: '–', after: '“lalu-lintas”' });
  });

  it('finds the units a move names, each with its agency', () => {
    expect(unitsNamedIn(move('pemberdayaan-sosial', 'angkutan'))).toEqual([
      { agencyId: 'dinsos-hss', unitId: 'pemberdayaan-sosial' },
      { agencyId: 'dishub-hss', unitId: 'angkutan' },
    ]);
    expect(unitsNamedIn(move(null, 'angkutan'))).toEqual([{ agencyId: 'dishub-hss', unitId: 'angkutan' }]);
    // A unit changed within the agency is its own, named by the agency's units.
    expect(unitsNamedIn([{ path: 'users.siti.unitId', before: 'sekretariat', after: 'angkutan' }])).toEqual(
      [],
    );
  });

  it('keeps the units of the agencies the record names, by agency', () => {
    const named = recordNames({
      agreements: [],
      units: [],
      people: [],
      agencies: [
        { id: 'dishub-hss', name: 'Dinas Perhubungan', units: [{ id: 'angkutan', name: 'Bidang Angkutan' }] },
      ],
    });
    expect(named.agencies.get('dishub-hss')).toBe('Dinas Perhubungan');
    expect(named.agencyUnits.get('dishub-hss')?.get('angkutan')).toBe('Bidang Angkutan');
  });
});

describe('actingWords', () => {
  it("says whose duty an acting official carried, a division head's with the unit", () => {
    expect(actingWords({ kind: 'plh', duty: 'head' }, names.units, 'id')).toBe('Plh. Kepala Dinas');
    expect(
      actingWords({ kind: 'plt', duty: 'division_head', unitId: 'sekretariat' }, names.units, 'en'),
    ).toBe('Plt. Division head Sekretariat');
  });
});

describe('peopleNamedIn', () => {
  it("finds the people a change names by id: a person's row, an acting official", () => {
    expect(
      peopleNamedIn([
        { path: 'users.siti.roles', before: ['viewer'], after: ['division_head'] },
        { path: 'acting.a1', before: null, after: { kind: 'plh', duty: 'head', userId: 'rusdi' } },
        { path: 'realisations.uep.value', before: 1, after: 2 },
      ]),
    ).toEqual(['siti', 'rusdi']);
  });
});

describe('agenciesNamedIn', () => {
  it('finds the agencies a move names by id, from and to', () => {
    expect(
      agenciesNamedIn([
        { path: 'users.siti.agencyId', before: 'dinsos-hss', after: 'dishub-hss' },
        { path: 'users.siti.unitId', before: 'sekretariat', after: null },
      ]),
    ).toEqual(['dinsos-hss', 'dishub-hss']);
  });
});
