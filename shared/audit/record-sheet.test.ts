import { describe, expect, it } from 'vitest';
import type { TAuditEvent } from '../model/audit.js';
import type { TRecordNames } from './change-words.js';
import { recordSheet } from './record-sheet.js';

const names: TRecordNames = {
  objectives: new Map(),
  indicators: new Map([['uep-prse', '1.4.a Jumlah PRSE']]),
  activities: new Map(),
  programs: new Map(),
  units: new Map([['sekretariat', 'Sekretariat']]),
  people: new Map(),
  agencies: new Map(),
  agencyUnits: new Map(),
};
const event = (over: Partial<Extract<TAuditEvent, { agencyId: string }>>): TAuditEvent => ({
  id: 'e',
  agencyId: 'dinsos-hss',
  year: 2026,
  subject: { kind: 'part', quarter: 1, unitId: 'sekretariat' },
  action: 'saveDraft',
  actorId: 'sekretaris',
  actorName: 'H. Muhammad Rusdi',
  at: '2026-04-07T15:59:00.000Z',
  changes: [],
  ...over,
});

describe('recordSheet', () => {
  it("gives a row per value changed, oldest first, at the agency's time, every word in the reader's language", () => {
    const sheet = recordSheet({
      year: 2026,
      names,
      locale: 'id',
      timeZone: 'Asia/Makassar',
      events: [
        event({
          id: 'submit',
          action: 'submit',
          at: '2026-04-08T01:00:00.000Z',
          fromState: 'draft',
          toState: 'submitted',
          acting: { kind: 'plh', duty: 'division_head', unitId: 'sekretariat' },
        }),
        event({
          id: 'save',
          changes: [
            { path: 'realisations.uep-prse.value', before: null, after: 20.5 },
            { path: 'realisations.uep-prse.explanation', before: null, after: 'SK penerima' },
          ],
        }),
      ],
    });
    expect(sheet.name).toBe('Catatan 2026');
    expect(sheet.columns.map((column) => column.header)).toEqual([
      'Waktu (WITA)',
      'Oleh',
      'Sebagai',
      'Perihal',
      'Langkah',
      'Status',
      'Alasan / catatan',
      'Angka tak lazim yang dikonfirmasi',
      'Nilai yang berubah',
      'Sebelum',
      'Sesudah',
    ]);
    const part = 'Triwulan I · Sekretariat';
    const saved = ['2026-04-07 23.59.00', 'H. Muhammad Rusdi', null, part, 'Draf disimpan', null, null, null];
    expect(sheet.rows).toEqual([
      [...saved, 'Realisasi: 1.4.a Jumlah PRSE › Nilai', '–', '20,5'],
      [...saved, 'Realisasi: 1.4.a Jumlah PRSE › Penjelasan', '–', '“SK penerima”'],
      [
        '2026-04-08 09.00.00',
        'H. Muhammad Rusdi',
        'Plh. Kepala Bidang Sekretariat',
        part,
        'Dikirim',
        'Draf → Dikirim',
        null,
        null,
        null,
        null,
        null,
      ],
    ]);
  });

  it("names a person's unit in the other agency of a move by that agency's units, in English too", () => {
    const sheet = recordSheet({
      year: 2026,
      names: {
        ...names,
        agencies: new Map([
          ['dishub-hss', 'Dinas Perhubungan'],
          ['dinsos-hss', 'Dinas Sosial'],
        ]),
        agencyUnits: new Map([['dishub-hss', new Map([['sekretariat', 'Sekretariat Dinas Perhubungan']])]]),
      },
      locale: 'en',
      timeZone: 'Asia/Makassar',
      events: [
        event({
          subject: { kind: 'settings' },
          action: 'transferIn',
          changes: [
            { path: 'users.staf.agencyId', before: 'dishub-hss', after: 'dinsos-hss' },
            { path: 'users.staf.unitId', before: 'sekretariat', after: 'sekretariat' },
          ],
        }),
      ],
    });
    expect(sheet.rows.map((row) => row.slice(-2))).toEqual([
      ['Dinas Perhubungan', 'Dinas Sosial'],
      ['Sekretariat Dinas Perhubungan', 'Sekretariat'],
    ]);
  });
});

describe('recordSheet of an event whose changes did not all fit', () => {
  it('says how many more changed after the rows it kept, in the reader’s language', () => {
    const sheetIn = (locale: 'id' | 'en') =>
      recordSheet({
        year: 2026,
        names,
        locale,
        timeZone: 'Asia/Makassar',
        events: [
          event({
            changes: [{ path: 'realisations.uep-prse.value', before: null, after: 20.5 }],
            changesOmitted: 412,
          }),
        ],
      });
    const field = (locale: 'id' | 'en') => sheetIn(locale).rows.map((row) => row[8]);
    expect(field('id')).toEqual([expect.any(String), expect.stringMatching(/^dan 412 perubahan lain/)]);
    expect(field('en')).toEqual([expect.any(String), expect.stringMatching(/^and 412 more changes/)]);
  });
});
