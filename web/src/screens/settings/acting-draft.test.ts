import { describe, expect, it } from 'vitest';
import { zodLocaleError } from '../../../../shared/zod-locale';
import { actingFormSchema, fieldOfIssue, type TActingDraft } from './acting-draft';

const draft: TActingDraft = {
  kind: 'plh',
  duty: 'head',
  unitId: '',
  userId: 'sekretaris',
  from: '07/12/2026',
  until: '11/12/2026',
  decree: ' 800/321/Dinsos/2026 ',
  reason: '',
};
const schema = actingFormSchema({
  agency: { id: 'dinsos-hss', timeZone: 'Asia/Makassar' },
  unitIds: ['sekretariat', 'pemberdayaan-sosial'],
  at: '2026-12-04T09:00:00+08:00',
  assignments: [],
  personOf: (userId) =>
    ({
      sekretaris: {
        agencyId: 'dinsos-hss',
        roles: ['division_head' as const],
        rank: 'Pembina',
        nip: '197204151998031005',
      },
      perencana: {
        agencyId: 'dinsos-hss',
        roles: ['planner' as const],
        rank: 'Penata',
        nip: '198001012005011001',
      },
    })[userId],
});
const problems = (typed: TActingDraft) =>
  (schema.safeParse(typed, { error: zodLocaleError }).error?.issues ?? []).map(
    (issue) => `${issue.path.join('.')}: ${issue.message}`,
  );

describe('the appointment form', () => {
  it('sends the order as the API takes it: days read the Indonesian way, blanks left out', () => {
    expect(schema.parse(draft)).toEqual({
      kind: 'plh',
      duty: 'head',
      userId: 'sekretaris',
      from: '2026-12-07',
      until: '2026-12-11',
      decree: '800/321/Dinsos/2026',
    });
  });

  it('names every missing field at once, before the rules of the day', () => {
    expect(problems({ ...draft, duty: 'division_head', userId: '', until: '31/02/2026' })).toEqual([
      'until: tulis tanggalnya sebagai hari/bulan/tahun, misalnya 10/04/2026',
      'unitId: pilih unitnya',
      'userId: pilih pelaksananya',
    ]);
  });

  it("shows the API's rules at their fields before anything is sent: clashing roles, a past last day", () => {
    expect(problems({ ...draft, userId: 'perencana', from: '01/12/2026', until: '03/12/2026' })).toEqual([
      'until: tanggal ini sudah lewat',
      'userId: perencana tidak sekaligus kepala di perangkat daerah yang sama',
    ]);
    expect(fieldOfIssue('userId')).toBe('userId');
    expect(fieldOfIssue('revision')).toBeNull();
  });
});
