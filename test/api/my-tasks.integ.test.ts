import { describe, expect, it } from 'vitest';
import { openYear } from '../../functions/local/seed-demo.js';
import { getMyTasks } from '../../functions/quarter/get-my-tasks.js';
import { nationalCalendar, quarterDeadline } from '../../shared/calendar/quarter-deadline.js';
import { addDays } from '../../shared/calendar/working-days.js';
import { seedUsers } from '../../shared/seed/organisation.js';
import { clientAs, expectStatus } from '../support/api-client.js';
import { fixedClock } from '../support/fixed-clock.js';
import { withSeededStore } from '../support/seeded-store.js';
import { recordSentCommands } from '../support/sent-commands.js';

withSeededStore();

// Every DynamoDB command this file's requests send, by name.
const sent = recordSentCommands();

const year = openYear();
const user = (id: string) => seedUsers.find((u) => u.id === id) ?? expect.fail(id);
// Three days before the open year's TW4 is due by the calendar (a January day), 09:00 WITA.
const morning = addDays(quarterDeadline(year, 4, nationalCalendar(year)), -3);
const january = fixedClock(`${morning}T09:00:00+08:00`);

describe('my tasks', () => {
  it("answers a division head in January with the open year's quarters, TW4 three days ahead, in one read of both years", async () => {
    await getMyTasks({ user: user('kabid-pemberdayaan'), agencyId: 'dinsos-hss', clock: january });
    sent.length = 0;
    const { tasks } = await getMyTasks({
      user: user('kabid-pemberdayaan'),
      agencyId: 'dinsos-hss',
      clock: january,
    });
    expect(sent).toEqual(['QueryCommand']);
    // The seed leaves every quarter of the open year open and empty: the most overdue first.
    expect(tasks.map((task) => [task.kind, task.year, task.quarter, task.daysLeft])).toEqual([
      ['fillPart', year, 1, expect.any(Number)],
      ['fillPart', year, 2, expect.any(Number)],
      ['fillPart', year, 3, expect.any(Number)],
      ['fillPart', year, 4, 3],
    ]);
    expect(tasks.every((task) => task.unitId === 'pemberdayaan-sosial')).toBe(true);
  });

  it('gives the planner the LKj of the open year in January, and a viewer nothing, through the API', async () => {
    const { tasks } = await getMyTasks({ user: user('perencana'), agencyId: 'dinsos-hss', clock: january });
    expect(tasks).toEqual([
      {
        kind: 'writeAnnualReport',
        year,
        dueAt: `${year + 1}-03-31T23:59:00+08:00`,
        daysLeft: (Date.parse(`${year + 1}-03-31`) - Date.parse(morning)) / 86_400_000,
      },
    ]);
    const viewer = await expectStatus(
      clientAs('pengamat').agencies[':agencyId'].tasks.$get({ param: { agencyId: 'dinsos-hss' } }),
      200,
    );
    expect(viewer.tasks).toEqual([]);
    const verifier = await expectStatus(
      clientAs('verifikator').agencies[':agencyId'].tasks.$get({ param: { agencyId: 'dinsos-hss' } }),
      200,
    );
    expect(verifier.tasks).toEqual([]);
  });
});
