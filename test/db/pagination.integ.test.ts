import { beforeAll, describe, expect, it } from 'vitest';
import { listAgreements } from '../../functions/db/agreements.js';
import { listAuditEvents } from '../../functions/db/audit.js';
import { putItems } from '../../functions/db/batch.js';
import { documents, tableName } from '../../functions/db/client.js';
import { commitChange } from '../../functions/db/commit.js';
import {
  agencyEntity,
  agreementEntity,
  evidenceEntity,
  outboxEntity,
  partEntity,
  quarterEntity,
  regionEntity,
  unitEntity,
  userEntity,
} from '../../functions/db/entities.js';
import { listEvidence } from '../../functions/db/evidence.js';
import { listOpenQuartersDueBefore } from '../../functions/db/open-quarters.js';
import {
  getAgencyWithUnits,
  getUsers,
  listAllUsers,
  listMembers,
  listRegionAgencies,
  listRegions,
} from '../../functions/db/organisation.js';
import { listPendingOutboxEvents } from '../../functions/db/outbox.js';
import { listReportFiles, recordReportFile } from '../../functions/db/report-files.js';
import { readYear } from '../../functions/db/year.js';
import { emptyPart } from '../../shared/model/records.js';
import { deriveAgreementForYear } from '../../shared/seed/hss-2019.js';
import { seedAgency, seedRegion, seedUnits, seedUsers } from '../../shared/seed/organisation.js';
import { withIsolatedStore } from '../support/store.js';

// Every query of this file reads at most two items a page, as a query past 1 MB would on AWS:
// a listing that stops after its first page loses items here.
const pageSize = 2;
documents.middlewareStack.add(
  (next) => async (args) => {
    const input = args.input as { KeyConditionExpression?: string; Limit?: number };
    if (input.KeyConditionExpression) input.Limit ??= pageSize;
    return next(args);
  },
  { step: 'initialize', name: 'smallPages' },
);

// DynamoDB leaves keys of a batch unprocessed when throttled: here the next answers of a batch
// read hold back their last item so, as many as `heldBack` says.
let heldBack = 0;
documents.middlewareStack.add(
  (next) => async (args) => {
    const result = await next(args);
    const output = result.output as {
      Responses?: Record<string, Record<string, unknown>[]>;
      UnprocessedKeys?: Record<string, { Keys: Record<string, unknown>[] }>;
    };
    const items = output.Responses?.[tableName] ?? [];
    const held = heldBack > 0 ? items.pop() : undefined;
    if (held) {
      heldBack--;
      output.UnprocessedKeys = { [tableName]: { Keys: [{ pk: held.pk, sk: held.sk }] } };
    }
    return result;
  },
  { step: 'initialize', name: 'holdBack' },
);

withIsolatedStore();

const agencyId = seedAgency.id;
const year = 2030;
const at = '2030-01-02T09:00:00+08:00';
const tracked = { revision: 1, updatedAt: at, updatedBy: 'system' };
const units = Object.values(seedUnits);
const otherAgencies = ['dinkes-hss', 'dikbud-hss'].map((id) => ({ ...seedAgency, id }));
const versions = [1, 2, 3, 4, 5];
const quarters = [1, 2, 3, 4] as const;
const events = ['e1', 'e2', 'e3', 'e4', 'e5'];

beforeAll(async () => {
  const agreement = { ...deriveAgreementForYear(year), agencyId };
  await putItems([
    regionEntity.item(seedRegion),
    regionEntity.item({ ...seedRegion, id: 'kab-hst' }),
    regionEntity.item({ ...seedRegion, id: 'kab-hsu' }),
    ...[seedAgency, ...otherAgencies].map(agencyEntity.item),
    ...units.map(unitEntity.item),
    ...seedUsers.map(userEntity.item),
    ...versions.map((version) =>
      agreementEntity.item({
        agencyId,
        year,
        version,
        state: 'signed',
        agreement: { ...agreement, version },
        ...tracked,
      }),
    ),
    ...quarters.map((quarter) =>
      quarterEntity.item({
        agencyId,
        year,
        quarter,
        state: 'open',
        dueAt: `${year}-0${quarter}-10T00:00:00Z`,
        signOffCount: 0,
        ...tracked,
      }),
    ),
    ...quarters.flatMap((quarter) =>
      units.map((unit) =>
        partEntity.item(
          emptyPart({ agencyId, year, quarter, unitId: unit.id, agreementVersion: 1 }, tracked),
        ),
      ),
    ),
    ...events.map((id) =>
      evidenceEntity.item({
        id,
        agencyId,
        year,
        quarter: 1,
        unitId: 'sekretariat',
        indicatorId: 'ik-1',
        fileName: `${id}.pdf`,
        contentType: 'application/pdf',
        size: 1,
        objectKey: `evidence/${id}`,
        uploadedBy: 'system',
        uploadedAt: at,
        arrived: true,
      }),
    ),
    ...events.map((id) =>
      outboxEntity.item({ id, kind: 'test.pending', agencyId, year, createdAt: at, payload: {} }),
    ),
  ]);
  for (const id of events) {
    await commitChange({
      writes: [],
      audit: [
        {
          id,
          agencyId,
          year,
          subject: { kind: 'quarter', quarter: 1 },
          action: 'test',
          actorId: 'system',
          actorName: 'System',
          at,
          changes: [],
        },
      ],
    });
    await recordReportFile({
      agencyId,
      year,
      quarter: 1,
      kind: 'performance',
      format: 'pdf',
      unitId: null,
      locale: 'id',
      version: Number(id.slice(1)),
      fileName: `${id}.pdf`,
      objectKey: `reports/${id}`,
      contentType: 'application/pdf',
      size: 1,
      sha256: '0'.repeat(64),
      eventId: id,
      generatedAt: at,
    });
  }
});

describe('every listing reads to the end, however many pages', () => {
  it('reads an agency, its units, its members, a region’s agencies, every region and every user', async () => {
    expect((await getAgencyWithUnits(agencyId))?.units).toHaveLength(units.length);
    expect(await listMembers(agencyId)).toHaveLength(seedUsers.filter((user) => user.agencyId).length);
    expect(await listRegionAgencies(seedRegion.id)).toHaveLength(1 + otherAgencies.length);
    expect(await listRegions()).toHaveLength(3);
    expect(await listAllUsers()).toHaveLength(seedUsers.length);
  });

  it('reads a year, its agreement versions, a part’s evidence, a quarter’s audit trail and report files', async () => {
    const found = await readYear(agencyId, year);
    expect(found.agreements).toHaveLength(versions.length);
    expect(found.quarters).toHaveLength(quarters.length);
    expect(found.parts).toHaveLength(quarters.length * units.length);
    expect(await listAgreements(agencyId, year)).toHaveLength(versions.length);
    expect(await listEvidence(agencyId, year, 1, 'sekretariat')).toHaveLength(events.length);
    expect(await listAuditEvents(agencyId, year, { kind: 'quarter', quarter: 1 })).toHaveLength(
      events.length,
    );
    expect(await listReportFiles(agencyId, year, 1)).toHaveLength(events.length);
    expect(await listReportFiles(agencyId, year)).toHaveLength(events.length);
  });

  it('reads the open quarters due before a moment, and a batch of pending outbox events', async () => {
    expect(await listOpenQuartersDueBefore(`${year}-12-31T00:00:00Z`)).toHaveLength(quarters.length);
    expect(await listOpenQuartersDueBefore(`${year}-02-01T00:00:00Z`)).toHaveLength(1);
    expect(await listPendingOutboxEvents()).toHaveLength(events.length);
    expect(await listPendingOutboxEvents(3)).toHaveLength(3);
  });

  it('reads users by id past the 100 keys of one batch, each once, asking again for those left unprocessed', async () => {
    const unknown = Array.from({ length: 150 }, (_, i) => `nobody-${i}`);
    heldBack = 2;
    const found = await getUsers([
      ...unknown.slice(0, 100),
      ...seedUsers.map((user) => user.id),
      ...unknown.slice(100),
      'kepala-dinas',
    ]);
    expect(found.map((user) => user.id).sort()).toEqual(seedUsers.map((user) => user.id).sort());
    expect(heldBack).toBe(0);
  });
});
