import { describe, expect, it } from 'vitest';
import { openYear } from '../../functions/local/seed-demo.js';
import { drainOutbox } from '../../functions/outbox/drain-outbox.js';
import { outboxHandlers } from '../../functions/outbox-handlers.js';
import { addDays, addWorkingDays, isWeekend, quarterLastDay } from '../../shared/calendar/working-days.js';
import type { TIndicator } from '../../shared/model/indicator.js';
import { addUser, clientAs, expectStatus } from '../support/api-client.js';
import { dishub } from '../support/new-agency.js';
import { withSeededStore } from '../support/seeded-store.js';

withSeededStore();

// A newly onboarded agency has no quarters until its first agreement is signed; then its division
// heads have the year's four quarters to report, due by the region's calendar.
const year = openYear();
const agencyYear = { agencyId: 'dishub-hss', year: String(year) };
const yearApi = (userId: string) => clientAs(userId).agencies[':agencyId'].years[':year'];
const indicator: TIndicator = {
  id: 'cakupan-lalu-lintas',
  code: '1.1.a',
  name: 'Ruas jalan dengan rambu lengkap',
  unit: 'Ruas',
  polarity: 'higher',
  aggregation: 'sum',
  target: 40,
  quarterTargets: [10, 10, 10, 10],
};

/** The first weekday after the first quarter: a holiday there moves TW1's deadline a working day on. */
function firstWeekdayAfterTw1(): string {
  let day = addDays(quarterLastDay(year, 1), 1);
  while (isWeekend(day)) day = addDays(day, 1);
  return day;
}

describe("a new agency's year", () => {
  it('opens its four quarters, due by the region’s calendar, when its first agreement is signed', async () => {
    const testHoliday = firstWeekdayAfterTw1();
    await expectStatus(
      clientAs('admin-bappeda').regions[':regionId'].holidays.$put({
        param: { regionId: 'kab-hss' },
        json: {
          revision: 0,
          year,
          holidays: [{ date: testHoliday, name: 'Hari libur uji', kind: 'holiday' }],
        },
      }),
      200,
    );
    await expectStatus(
      clientAs('admin-bappeda').regions[':regionId'].agencies.$post({
        param: { regionId: 'kab-hss' },
        json: dishub,
      }),
      201,
    );
    await addUser('perencana-dishub', 'dishub-hss', {
      id: 'kabid-lalu-lintas',
      email: 'lalulintas@dishub-hss.example',
      name: 'Kabid Lalu Lintas',
      roles: ['division_head'],
      unitId: 'lalu-lintas',
    });
    const none = await expectStatus(yearApi('kepala-dishub').quarters.$get({ param: agencyYear }), 200);
    expect(none.quarters).toEqual([]);

    const versions = yearApi('perencana-dishub').agreement.versions;
    const draft = await expectStatus(
      versions.$post({
        param: agencyYear,
        json: {
          content: {
            objectives: [],
            programs: [{ code: '1', name: 'Program Lalu Lintas', unitId: 'lalu-lintas', indicators: [] }],
            activities: [
              {
                code: '1.1',
                programCode: '1',
                name: 'Penyediaan Rambu',
                unitId: 'lalu-lintas',
                budget: 250_000_000,
                indicators: [indicator],
              },
            ],
          },
        },
      }),
      201,
    );
    const step = (userId: string, transition: 'submit' | 'sign', revision: number) =>
      yearApi(userId).agreement.versions[':version'][':transition'].$post({
        param: { ...agencyYear, version: '1', transition },
        json: { revision },
      });
    const submitted = await expectStatus(step('perencana-dishub', 'submit', draft.revision), 200);
    await expectStatus(step('kepala-dishub', 'sign', submitted.revision), 200);
    await drainOutbox(outboxHandlers);

    const { quarters } = await expectStatus(
      yearApi('kabid-lalu-lintas').quarters.$get({ param: agencyYear }),
      200,
    );
    expect(quarters.map((q) => [q.quarter, q.state])).toEqual([
      [1, 'open'],
      [2, 'open'],
      [3, 'open'],
      [4, 'open'],
    ]);
    // TW1 is due on the fifth working day after it, the test holiday skipped, at 23:59 WITA.
    const tw1 = addWorkingDays(quarterLastDay(year, 1), 6, new Set());
    expect(quarters[0]?.dueAt).toBe(`${tw1}T23:59:00+08:00`);
    const calendar = await expectStatus(yearApi('kepala-dishub').calendar.$get({ param: agencyYear }), 200);
    expect(quarters.map((q) => q.dueAt)).toEqual(calendar.quarters.map((q) => q.dueAt));

    // The division head has their part to fill; opening each quarter is on the agency's record.
    const part = yearApi('kabid-lalu-lintas').quarters[':quarter'].parts[':unitId'];
    const param = { ...agencyYear, quarter: '1', unitId: 'lalu-lintas' };
    const opened = await expectStatus(part.$get({ param }), 200);
    expect(opened.part).toMatchObject({ state: 'draft', revision: 1 });
    const entry = {
      realisations: [{ indicatorId: indicator.id, value: 9 }],
      budget: [{ activityCode: '1.1', amount: 50_000_000 }],
    };
    await expectStatus(part.$put({ param, json: { revision: 1, entry } }), 200);
    const { events } = await expectStatus(
      yearApi('kepala-dishub').quarters[':quarter'].audit.$get({
        query: {},
        param: { ...agencyYear, quarter: '1' },
      }),
      200,
    );
    expect(events.at(-1)).toMatchObject({ action: 'openQuarter', actorId: 'kepala-dishub' });

    // Draining again, or signing a later version, opens nothing twice.
    await drainOutbox(outboxHandlers);
    const again = await expectStatus(yearApi('kepala-dishub').quarters.$get({ param: agencyYear }), 200);
    expect(again.quarters).toHaveLength(4);
  }, 120_000);
});
