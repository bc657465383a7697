import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { expect } from 'vitest';
import { documents, tableName } from '../../functions/db/client.js';
import { auditEntity, outboxEntity, partEntity, sentEntity } from '../../functions/db/entities.js';
import { outboxState } from '../../shared/model/outbox.js';
import { sentEmails } from '../support/mail-outbox.js';

/** Every item of this test file's table: a scan, for checks only. */
async function allItems(): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await documents.send(new ScanCommand({ TableName: tableName, ExclusiveStartKey: start }));
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
}

/**
 * After a fault: each part's state is where its audit trail leads, each transition on the record
 * has exactly one outbox event and each such event its transition (nothing half-written), every
 * outbox event ran through, no claim is left held, every sent marker is one email, and no email
 * went twice.
 */
export async function expectStoreAgrees(): Promise<void> {
  const items = await allItems();
  const parts = items.filter(partEntity.is).map(partEntity.parse);
  const audit = items.filter(auditEntity.is).map(auditEntity.parse);
  const outbox = items.filter(outboxEntity.is).map(outboxEntity.parse);
  const markers = items.filter(sentEntity.is).map(sentEntity.parse);

  // The demo's data is on the record as loaded ('seed', no outbox event follows it); each step taken since has one.
  const transitions = audit.filter((event) => event.subject.kind === 'part' && event.toState !== undefined);
  const steps = transitions.filter((event) => event.action !== 'seed');
  for (const { content, state } of parts) {
    const trail = transitions
      .filter(({ year, subject }) => year === content.year && subject.kind === 'part')
      .filter(({ subject }) => 'unitId' in subject && subject.unitId === content.unitId)
      .filter(({ subject }) => 'quarter' in subject && subject.quarter === content.quarter)
      .sort((a, b) => a.at.localeCompare(b.at));
    const where = `${content.year} Q${content.quarter} ${content.unitId}`;
    if (trail.length > 0) expect(state, where).toBe(trail.at(-1)?.toState);
  }
  const byAudit = (id: string) => outbox.filter((event) => event.payload.auditId === id);
  for (const event of steps) expect(byAudit(event.id), `outbox of ${event.action}`).toHaveLength(1);
  for (const event of outbox.filter((e) => typeof e.payload.auditId === 'string'))
    expect(
      audit.map((a) => a.id),
      `audit of ${event.kind}`,
    ).toContain(event.payload.auditId);
  expect(
    outbox.filter((event) => outboxState(event) !== 'processed').map((e) => [e.kind, e.lastError]),
  ).toEqual([]);

  expect(markers.filter((marker) => marker.status !== 'sent').map((m) => [m.key, m.status])).toEqual([]);
  const emails = sentEmails().map((email) => `${email.to.join(',')}: ${email.subject}`);
  expect(
    emails.length,
    'one email per sent marker (a digest of several reminders has several)',
  ).toBeLessThanOrEqual(markers.length);
  expect(new Set(emails).size, 'no email twice').toBe(emails.length);
}
