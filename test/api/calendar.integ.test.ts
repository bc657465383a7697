import { describe, expect, it } from 'vitest';
import { openYear } from '../../functions/local/seed-demo.js';
import { nationalCalendar, quarterDeadline } from '../../shared/calendar/quarter-deadline.js';
import { addDays, addWorkingDays, isWeekend, quarterLastDay } from '../../shared/calendar/working-days.js';
import { seedRegion } from '../../shared/seed/organisation.js';
import { clientAs, expectError, expectStatus } from '../support/api-client.js';
import { withSeededStore } from '../support/seeded-store.js';

withSeededStore();

/** The Bappeda's administrator of the demo region. */
const bappeda = 'admin-bappeda';

const year = openYear();
const agencyYear = { agencyId: 'dinsos-hss', year: String(year) };
const region = { regionId: seedRegion.id };
const calendarOf = (userId: string) =>
  expectStatus(
    clientAs(userId).agencies[':agencyId'].years[':year'].calendar.$get({ param: agencyYear }),
    200,
  );
const quarterApi = (userId: string) =>
  clientAs(userId).agencies[':agencyId'].years[':year'].quarters[':quarter'];
const saveHolidays = (
  userId: string,
  json: Parameters<ReturnType<typeof clientAs>['regions'][':regionId']['holidays']['$put']>[0]['json'],
) => clientAs(userId).regions[':regionId'].holidays.$put({ param: region, json });
/** The first weekday after a quarter ends: a holiday there moves its deadline a working day on. */
const firstWeekdayAfter = (quarter: 1 | 2 | 3 | 4) => {
  let day = addDays(quarterLastDay(year, quarter), 1);
  while (isWeekend(day)) day = addDays(day, 1);
  return day;
};

describe('the region’s calendar', () => {
  it('starts from five working days and the national holidays; every member reads it', async () => {
    const calendar = await calendarOf('pengamat');
    expect(calendar.rule).toMatchObject({ workingDays: 5, revision: 0 });
    expect(calendar.holidays.revision).toBe(0);
    const q1 = calendar.quarters.find((q) => q.quarter === 1);
    expect(q1?.deadline).toBe(quarterDeadline(year, 1, nationalCalendar(year)));
    expect(q1?.dueAt).toBe(`${q1?.deadline}T23:59:00+08:00`);
  });

  it('lets only the region’s administrator change the holidays, checked, and moves the open quarters with them', async () => {
    const testHoliday = firstWeekdayAfter(2);
    const holiday = { date: testHoliday, name: 'Hari libur uji', kind: 'holiday' as const };
    const holidays = [holiday];
    await expectError(saveHolidays('perencana', { revision: 0, year, holidays }), 403);
    await expectError(saveHolidays('inspektorat', { revision: 0, year, holidays }), 403);
    const outside = await expectError(
      saveHolidays(bappeda, { revision: 0, year, holidays: [{ ...holiday, date: `${year + 1}-01-02` }] }),
      400,
    );
    expect(outside.error.issues.map((issue) => issue.path)).toEqual(['holidays.0.date']);
    const twice = await expectError(
      saveHolidays(bappeda, { revision: 0, year, holidays: [...holidays, ...holidays] }),
      400,
    );
    expect(twice.error.issues.map((issue) => issue.path)).toEqual(['holidays.1.date']);

    const saved = await expectStatus(
      saveHolidays(bappeda, { revision: 0, year, decree: 'Keputusan uji', holidays }),
      200,
    );
    expect(saved.holidays).toMatchObject({ revision: 1, updatedBy: bappeda, decree: 'Keputusan uji' });
    await expectError(saveHolidays(bappeda, { revision: 0, year, holidays }), 409);

    // The second quarter now skips the test holiday: one weekday later than five weekdays on.
    const expected = addWorkingDays(quarterLastDay(year, 2), 5, new Set([testHoliday]));
    expect(expected).toBe(addWorkingDays(quarterLastDay(year, 2), 6, new Set()));
    const calendar = await calendarOf('kabid-pemberdayaan');
    const q2 = calendar.quarters.find((q) => q.quarter === 2);
    expect(q2).toMatchObject({ deadline: expected, dueAt: `${expected}T23:59:00+08:00` });
    expect(saved.moved).toBeGreaterThanOrEqual(1);
    const { events } = await expectStatus(
      quarterApi('pengamat').audit.$get({ query: {}, param: { ...agencyYear, quarter: '2' } }),
      200,
    );
    expect(events[0]).toMatchObject({
      action: 'followCalendar',
      actorId: bappeda,
      reason: `Hari libur ${year} kalender daerah diubah`,
      changes: [{ path: 'dueAt', after: `${expected}T23:59:00+08:00` }],
    });
  });

  it('follows the region’s own rule (a Perbup) and leaves signed-off quarters as they were', async () => {
    const before2019 = await expectStatus(
      clientAs('pengamat').agencies[':agencyId'].years[':year'].calendar.$get({
        param: { ...agencyYear, year: '2019' },
      }),
      200,
    );
    const rule = (revision: number, workingDays: number) =>
      clientAs(bappeda).regions[':regionId']['deadline-rule'].$put({
        param: region,
        json: { revision, workingDays, decree: 'Peraturan Bupati HSS Nomor 12 Tahun 2026' },
      });
    await expectError(rule(0, 0), 400);
    const saved = await expectStatus(rule(0, 10), 200);
    expect(saved.rule).toMatchObject({ workingDays: 10, revision: 1 });
    const calendar = await calendarOf('pengamat');
    const q3 = calendar.quarters.find((q) => q.quarter === 3);
    const daysOff = new Set(
      [...calendar.holidays.holidays, ...calendar.nextHolidays.holidays].map((h) => h.date),
    );
    expect(q3?.deadline).toBe(addWorkingDays(quarterLastDay(year, 3), 10, daysOff));
    expect(q3?.dueAt).toBe(`${q3?.deadline}T23:59:00+08:00`);
    const after2019 = await expectStatus(
      clientAs('pengamat').agencies[':agencyId'].years[':year'].calendar.$get({
        param: { ...agencyYear, year: '2019' },
      }),
      200,
    );
    expect(after2019.quarters.map((q) => q.dueAt)).toEqual(before2019.quarters.map((q) => q.dueAt));
    await expectStatus(rule(1, 5), 200);
  });

  it('gives one agency an extension on the record, which later calendar changes keep', async () => {
    const calendar = await calendarOf('pengamat');
    const q4 = calendar.quarters.find((q) => q.quarter === 4) ?? expect.fail('no TW4');
    const param = { ...agencyYear, quarter: '4' };
    const extend = (userId: string, revision: number, dueDate: string) =>
      quarterApi(userId).extension.$put({
        param,
        json: { revision, dueDate, reason: 'Surat Kepala Dinas Sosial Nomor 005/123' },
      });
    await expectError(extend('perencana', q4.revision, addDays(q4.deadline, 7)), 403);
    await expectError(extend('kepala-dinas', q4.revision, addDays(q4.deadline, 7)), 403);
    const early = await expectError(extend(bappeda, q4.revision, q4.deadline), 400);
    expect(early.error.issues).toEqual([
      { path: 'dueDate', message: `perpanjangan harus setelah tenggat ${q4.deadline}` },
    ]);
    let later = addDays(q4.deadline, 7);
    while (isWeekend(later)) later = addDays(later, 1);
    const weekend = addDays(later, 6 - new Date(`${later}T00:00:00Z`).getUTCDay());
    expect((await expectError(extend(bappeda, q4.revision, weekend), 400)).error.issues[0]?.path).toBe(
      'dueDate',
    );
    const noReason = await expectError(
      quarterApi(bappeda).extension.$put({
        param,
        json: { revision: q4.revision, dueDate: later, reason: ' ' },
      }),
      400,
    );
    expect(noReason.error.issues.map((issue) => issue.path)).toEqual(['reason']);

    const extended = await expectStatus(extend(bappeda, q4.revision, later), 200);
    expect(extended).toMatchObject({
      dueAt: `${later}T23:59:00+08:00`,
      extension: { dueDate: later, grantedBy: bappeda, grantedByName: 'Admin Bappeda Kab. HSS' },
    });
    await expectError(extend(bappeda, q4.revision, later), 409);
    const { events } = await expectStatus(quarterApi('pengamat').audit.$get({ query: {}, param }), 200);
    expect(events[0]).toMatchObject({
      action: 'grantExtension',
      actorId: bappeda,
      reason: 'Surat Kepala Dinas Sosial Nomor 005/123',
      changes: [{ path: 'dueAt', before: q4.dueAt, after: `${later}T23:59:00+08:00` }],
    });
    // A new rule moves the others; the extended quarter keeps its day.
    const { rule } = await calendarOf('pengamat');
    await expectStatus(
      clientAs(bappeda).regions[':regionId']['deadline-rule'].$put({
        param: region,
        json: { revision: rule.revision, workingDays: 6 },
      }),
      200,
    );
    const after = await calendarOf('pengamat');
    expect(after.quarters.find((q) => q.quarter === 4)?.dueAt).toBe(`${later}T23:59:00+08:00`);
  });
});
