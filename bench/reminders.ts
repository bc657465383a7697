import { putItems } from '../functions/db/batch.js';
import {
  agencyEntity,
  agreementEntity,
  partEntity,
  quarterEntity,
  unitEntity,
  userEntity,
} from '../functions/db/entities.js';
import { runReminderSweep } from '../functions/reminders/run-sweep.js';
import type { TUser } from '../shared/model/organisation.js';
import { emptyPart } from '../shared/model/records.js';
import { deriveAgreementForYear } from '../shared/seed/hss-2019.js';
import { seedAgency } from '../shared/seed/organisation.js';
import type { TAppUnderTest } from './app-under-test.js';
import type { BenchRow } from './measure.js';

const agencies = 1_000;
const unitsPerAgency = 5;
const year = 2031;
const dueAt = '2031-04-10T23:59:00+08:00';
const tracked = { revision: 1, updatedAt: '2031-01-02T09:00:00+08:00', updatedBy: 'system' };

/** One synthetic agency: its units, a division head each and a head, a signed agreement, an open Q1. */
function agencyItems(index: number) {
  const agencyId = `bench-${index}`;
  const unitIds = Array.from({ length: unitsPerAgency }, (_, u) => `unit-${u}`);
  const person = (id: string, roles: TUser['roles'], unitId?: string): TUser => ({
    id: `${agencyId}-${id}`,
    email: `${id}@${agencyId}.example`,
    name: id,
    roles,
    agencyId,
    unitId,
    locale: 'id',
    remindersOff: false,
  });
  const agreement = { ...deriveAgreementForYear(year), agencyId };
  return [
    agencyEntity.item({ ...seedAgency, id: agencyId }),
    ...unitIds.map((id) => unitEntity.item({ id, agencyId, name: `Bidang ${id}`, kind: 'division' })),
    ...unitIds.map((unitId) => userEntity.item(person(unitId, ['division_head'], unitId))),
    userEntity.item(person('kepala', ['head'])),
    agreementEntity.item({
      agencyId,
      year,
      version: 1,
      state: 'signed',
      agreement,
      effectiveFromQuarter: 1,
      ...tracked,
    }),
    quarterEntity.item({ agencyId, year, quarter: 1, state: 'open', dueAt, signOffCount: 0, ...tracked }),
    ...unitIds.map((unitId) =>
      partEntity.item(emptyPart({ agencyId, year, quarter: 1, unitId, agreementVersion: 1 }, tracked)),
    ),
  ];
}

/** A sweep over 1,000 agencies × 5 units three days before the due date: time, emails per second, DynamoDB calls by kind. */
export async function benchReminders(app: TAppUnderTest): Promise<BenchRow[]> {
  const started = performance.now();
  await putItems(Array.from({ length: agencies }, (_, i) => agencyItems(i)).flat());
  const seeding = (performance.now() - started) / 1000;
  app.resetCalls();
  const sweepStarted = performance.now();
  const result = await runReminderSweep('2031-04-07T08:00:00+08:00');
  const seconds = (performance.now() - sweepStarted) / 1000;
  const byCommand = [...app.calls.byCommand]
    .map(([name, count]) => `${name.replace('Command', '')} ${count}`)
    .join(', ');
  const name = `reminder sweep, ${agencies} agencies × ${unitsPerAgency} units`;
  return [
    { benchmark: name, figure: 'seeding the agencies', value: `${seeding.toFixed(1)} s` },
    { benchmark: name, figure: 'sweep time', value: `${seconds.toFixed(1)} s` },
    { benchmark: name, figure: 'emails sent / notices', value: `${result.sent} / ${result.planned}` },
    { benchmark: name, figure: 'emails per second', value: (result.sent / seconds).toFixed(0) },
    { benchmark: name, figure: 'DynamoDB calls', value: byCommand, goal: 'no Scan' },
  ];
}
