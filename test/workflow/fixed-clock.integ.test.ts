import { describe, expect, it } from 'vitest';
import { listAuditEvents } from '../../functions/db/audit.js';
import { listPendingOutboxEvents } from '../../functions/db/outbox.js';
import { readYear } from '../../functions/db/year.js';
import { openYear } from '../../functions/local/seed-demo.js';
import { savePart } from '../../functions/quarter/save-part.js';
import { transitionPart } from '../../functions/quarter/transition-part.js';
import { seedUsers } from '../../shared/seed/organisation.js';
import { completeEntry } from '../support/fill-part.js';
import { fixedClock } from '../support/fixed-clock.js';
import { withSeededStore } from '../support/seeded-store.js';

withSeededStore();

const agencyId = 'dinsos-hss';
const year = openYear();
const unitId = 'sekretariat';
const user = seedUsers.find((candidate) => candidate.id === 'sekretaris');
if (!user) throw new Error('the seed has no sekretaris');

/** An ISO moment `hours` after `at`. */
const hoursFrom = (at: string, hours: number) => new Date(Date.parse(at) + hours * 3_600_000).toISOString();

describe('a change takes its moment and ids from the clock it is given', () => {
  it('saves before the due date, submits after it: late, stamped and recorded at the clock’s moments', async () => {
    const stored = await readYear(agencyId, year);
    const dueAt = stored.quarters.find((quarter) => quarter.quarter === 1)?.dueAt ?? '';
    const agreement = stored.agreements.find((record) => record.state === 'signed');
    if (!agreement) throw new Error('the seed has no signed agreement');
    const savedAt = hoursFrom(dueAt, -48);
    const submittedAt = hoursFrom(dueAt, 1);

    const saved = await savePart({
      user,
      agencyId,
      year,
      quarter: 1,
      unitId,
      revision: 1,
      entry: completeEntry(agreement.agreement, unitId, 1),
      clock: fixedClock(savedAt, 'save'),
    });
    expect(saved).toMatchObject({ revision: 2, updatedAt: savedAt, updatedBy: user.id });

    const submitted = await transitionPart({
      user,
      agencyId,
      year,
      quarter: 1,
      unitId,
      transition: 'submit',
      revision: saved.revision,
      clock: fixedClock(submittedAt, 'submit'),
    });
    expect(submitted).toMatchObject({ state: 'submitted', submittedAt, late: true, updatedAt: submittedAt });

    const trail = await listAuditEvents(agencyId, year, { kind: 'part', quarter: 1, unitId });
    const steps = trail.filter((event) => event.action !== 'seed');
    expect(steps.map(({ id, at, action }) => ({ id, at, action }))).toEqual([
      { id: 'save-1', at: savedAt, action: 'saveDraft' },
      { id: 'submit-1', at: submittedAt, action: 'submit' },
    ]);
    const [event] = await listPendingOutboxEvents();
    expect(event).toMatchObject({
      id: 'submit-2',
      kind: 'part.submit',
      createdAt: submittedAt,
      payload: { auditId: 'submit-1' },
    });
  });
});
