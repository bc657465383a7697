import { describe, expect, it } from 'vitest';
import { emptyPart } from '../../shared/model/records.js';
import { deriveAgreementForYear } from '../../shared/seed/hss-2019.js';
import { seedAgency, seedRegion, seedUnits } from '../../shared/seed/organisation.js';
import {
  agencyEntity,
  agreementEntity,
  auditEntity,
  evidenceEntity,
  identityEntity,
  importMappingEntity,
  outboxEntity,
  partEntity,
  quarterEntity,
  regionEntity,
  reportFileEntity,
  sentEntity,
  settingsEntity,
  unitEntity,
  userEntity,
} from './entities.js';

// The keys stored data was written with: changing one would strand what is in the table.
const at = '2030-01-02T09:00:00+08:00';
const tracked = { revision: 1, updatedAt: at, updatedBy: 'system' };
const keysOf = ({ pk, sk, gsi1pk, gsi1sk, gsi2pk, gsi2sk }: Record<string, unknown>) =>
  Object.fromEntries(Object.entries({ pk, sk, gsi1pk, gsi1sk, gsi2pk, gsi2sk }).filter(([, v]) => v));

describe('the item types of the table', () => {
  it('keep the organisation’s keys', () => {
    expect(keysOf(regionEntity.item(seedRegion))).toEqual({
      pk: 'REGION#kab-hss',
      sk: 'REGION',
      gsi1pk: 'REGIONS',
      gsi1sk: 'REGION#kab-hss',
    });
    expect(keysOf(agencyEntity.item(seedAgency))).toEqual({
      pk: 'AGENCY#dinsos-hss',
      sk: 'AGENCY',
      gsi1pk: 'REGION#kab-hss',
      gsi1sk: 'AGENCY#dinsos-hss',
    });
    expect(keysOf(unitEntity.item(seedUnits.sekretariat))).toEqual({
      pk: 'AGENCY#dinsos-hss',
      sk: 'UNIT#sekretariat',
    });
    expect(keysOf(settingsEntity.item({ ...settings(), revision: 1 }, 'dinsos-hss'))).toEqual({
      pk: 'AGENCY#dinsos-hss',
      sk: 'SETTINGS',
    });
    const head = userEntity.parse({
      id: 'kepala-dinas',
      email: 'Kepala@Dinsos-HSS.example',
      name: 'Kepala',
      roles: ['head'],
      agencyId: 'dinsos-hss',
    });
    expect(keysOf(userEntity.item(head))).toEqual({
      pk: 'USER#kepala-dinas',
      sk: 'USER',
      gsi1pk: 'MEMBERS#dinsos-hss',
      gsi1sk: 'USER#kepala-dinas',
      gsi2pk: 'EMAIL#kepala@dinsos-hss.example',
      gsi2sk: 'USER',
    });
    expect(keysOf(identityEntity.item({ sub: 'local-kepala-dinas', userId: 'kepala-dinas' }))).toEqual({
      pk: 'IDENTITY#local-kepala-dinas',
      sk: 'IDENTITY',
    });
  });

  it('keep the keys of a year’s items, its audit trail and its report files', () => {
    const agreement = { ...deriveAgreementForYear(2030), agencyId: 'dinsos-hss' };
    const record = {
      agencyId: 'dinsos-hss',
      year: 2030,
      version: 7,
      state: 'draft' as const,
      agreement,
      ...tracked,
    };
    expect(keysOf(agreementEntity.item(record))).toEqual({
      pk: 'AGENCY#dinsos-hss#YEAR#2030',
      sk: 'AGREEMENT#0007',
      gsi1pk: 'AGENCY#dinsos-hss#YEARS',
      gsi1sk: '2030#AGREEMENT#0007',
    });
    const quarter = {
      agencyId: 'dinsos-hss',
      year: 2030,
      quarter: 2 as const,
      dueAt: at,
      signOffCount: 0,
      ...tracked,
    };
    expect(keysOf(quarterEntity.item({ ...quarter, state: 'open' }))).toEqual({
      pk: 'AGENCY#dinsos-hss#YEAR#2030',
      sk: 'QUARTER#2',
      gsi1pk: 'AGENCY#dinsos-hss#YEARS',
      gsi1sk: '2030#QUARTER#2',
      gsi2pk: 'QUARTERS#OPEN',
      gsi2sk: '2030-01-02T01:00:00.000Z#dinsos-hss#2030#2',
    });
    expect(keysOf(quarterEntity.item({ ...quarter, state: 'signed_off' }))).toEqual({
      pk: 'AGENCY#dinsos-hss#YEAR#2030',
      sk: 'QUARTER#2',
      gsi1pk: 'AGENCY#dinsos-hss#YEARS',
      gsi1sk: '2030#QUARTER#2',
    });
    const part = emptyPart(
      { agencyId: 'dinsos-hss', year: 2030, quarter: 2, unitId: 'sekretariat', agreementVersion: 1 },
      tracked,
    );
    expect(keysOf(partEntity.item(part))).toEqual({
      pk: 'AGENCY#dinsos-hss#YEAR#2030',
      sk: 'QUARTER#2#PART#sekretariat',
      gsi1pk: 'AGENCY#dinsos-hss#YEARS',
      gsi1sk: '2030#QUARTER#2#PART#sekretariat',
    });
    const evidence = {
      id: 'e1',
      agencyId: 'dinsos-hss',
      year: 2030,
      quarter: 2 as const,
      unitId: 'sekretariat',
      indicatorId: 'ik-1',
      fileName: 'a.pdf',
      contentType: 'application/pdf' as const,
      size: 1,
      objectKey: 'a',
      uploadedBy: 'system',
      uploadedAt: at,
      arrived: true,
    };
    expect(keysOf(evidenceEntity.item(evidence))).toEqual({
      pk: 'AGENCY#dinsos-hss#YEAR#2030',
      sk: 'EVIDENCE#2#sekretariat#e1',
    });
    const audit = {
      id: 'a1',
      agencyId: 'dinsos-hss',
      year: 2030,
      subject: { kind: 'part' as const, quarter: 2 as const, unitId: 'sekretariat' },
      action: 'submit',
      actorId: 'system',
      actorName: 'System',
      at,
      changes: [],
    };
    // On its quarter's timeline by the moment in UTC; an agreement version's event on none.
    expect(keysOf(auditEntity.item(audit))).toEqual({
      pk: 'AGENCY#dinsos-hss#YEAR#2030#AUDIT',
      sk: `QUARTER#2#PART#sekretariat#${at}#a1`,
      gsi1pk: 'AGENCY#dinsos-hss#YEAR#2030#AUDIT#QUARTER#2',
      gsi1sk: `${new Date(at).toISOString()}#a1`,
    });
    expect(keysOf(auditEntity.item({ ...audit, subject: { kind: 'agreement', version: 2 } }))).toEqual({
      pk: 'AGENCY#dinsos-hss#YEAR#2030#AUDIT',
      sk: `AGREEMENT#0002#${at}#a1`,
    });
    // The region's own steps: its record of the year, apart from every agency's.
    const regionAudit = {
      ...audit,
      agencyId: undefined,
      scope: 'region' as const,
      regionId: 'kab-hss',
      subject: { kind: 'regionReports' as const, quarter: 2 as const },
      action: 'requestRegionReports',
    };
    expect(keysOf(auditEntity.item(regionAudit))).toEqual({
      pk: 'REGION#kab-hss#YEAR#2030#AUDIT',
      sk: `REPORTS#2#${at}#a1`,
      gsi1pk: 'REGION#kab-hss#YEAR#2030#AUDIT#TIMELINE',
      gsi1sk: `${new Date(at).toISOString()}#a1`,
    });
    const file = {
      agencyId: 'dinsos-hss',
      year: 2030,
      quarter: 2,
      kind: 'performance' as const,
      format: 'pdf' as const,
      unitId: null,
      locale: 'id' as const,
      version: 3,
      fileName: 'a.pdf',
      objectKey: 'a',
      contentType: 'application/pdf',
      size: 1,
      sha256: '0'.repeat(64),
      eventId: 'e1',
      generatedAt: at,
    };
    expect(keysOf(reportFileEntity.item(file))).toEqual({
      pk: 'AGENCY#dinsos-hss#YEAR#2030#REPORTS',
      sk: '2#performance#agency#id#pdf#0003',
    });
  });

  it('keep an agency’s remembered import mappings apart from its own partition, by the layout’s hash', () => {
    const level = { sheet: 'Kegiatan', headerRow: 3, columns: { budget: 'E' } };
    const remembered = {
      agencyId: 'dinsos-hss',
      signature: 'activities=Kegiatan@3:kode kegiatan|dana (rp)',
      mapping: { objectives: level, programs: level, activities: level },
      confirmedBy: 'perencana',
      confirmedByName: 'Perencana',
      confirmedAt: at,
      revision: 1,
    };
    expect(keysOf(importMappingEntity.item(remembered))).toEqual({
      pk: 'AGENCY#dinsos-hss#IMPORT_MAPPINGS',
      sk: 'ee1bd9ce9f58556a09fbec2b1297025f',
    });
  });

  it('keep the keys of outbox events and sent markers, tag every item and read it back without keys', () => {
    const event = {
      id: 'o1',
      kind: 'part.submit',
      agencyId: 'dinsos-hss',
      year: 2030,
      createdAt: at,
      payload: {},
    };
    const item = outboxEntity.item(event);
    expect(keysOf(item)).toEqual({
      pk: 'OUTBOX#o1',
      sk: 'OUTBOX',
      gsi1pk: 'OUTBOX#PENDING',
      // Due when created, in UTC so that pending events sort by the moment whatever their offset.
      gsi1sk: '2030-01-02T01:00:00.000Z#o1',
    });
    const failed = { ...event, state: 'failed' as const, failedAt: '2030-01-03T00:00:00.000Z' };
    expect(keysOf(outboxEntity.item(failed))).toEqual({
      pk: 'OUTBOX#o1',
      sk: 'OUTBOX',
      gsi2pk: 'OUTBOX#FAILED',
      gsi2sk: 'dinsos-hss#2030-01-03T00:00:00.000Z#o1',
    });
    expect(keysOf(outboxEntity.item({ ...event, state: 'processed' }))).toEqual({
      pk: 'OUTBOX#o1',
      sk: 'OUTBOX',
    });
    expect(item.type).toBe('outbox');
    expect(outboxEntity.is(item)).toBe(true);
    expect(agencyEntity.is(item)).toBe(false);
    expect(outboxEntity.parse(item)).toEqual(event);
    // A region's own event fails onto the region's list: apart from every agency's (lower-case ids).
    const regionEvent = { ...failed, agencyId: undefined, scope: 'region' as const, regionId: 'kab-hss' };
    expect(keysOf(outboxEntity.item(regionEvent)).gsi2sk).toBe('REGION#kab-hss#2030-01-03T00:00:00.000Z#o1');
    const { agencyId: _, ...storedRegionEvent } = regionEvent;
    expect(outboxEntity.parse(outboxEntity.item(regionEvent))).toEqual(storedRegionEvent);
    const marker = { key: 'event#o1#kepala', status: 'sending' as const, at, expiresAt: 1 };
    expect(keysOf(sentEntity.item(marker))).toEqual({ pk: 'SENT#event#o1#kepala', sk: 'SENT' });
  });
});

function settings() {
  return settingsEntity.parse({ revision: 0 });
}
