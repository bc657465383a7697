import * as z from 'zod';
import { ZRememberedMappingSchema } from '../../shared/agreement-workbook/column-mapping.js';
import { ZActingAssignmentSchema } from '../../shared/model/acting.js';
import { ZAgencySummarySchema } from '../../shared/model/agency-summary.js';
import { ZAuditEventSchema } from '../../shared/model/audit.js';
import { ZRegionDeadlineRuleSchema, ZRegionHolidaysSchema } from '../../shared/model/calendar.js';
import { ZEvidenceSchema } from '../../shared/model/evidence.js';
import { ZAgencySchema, ZRegionSchema, ZUnitSchema, ZUserSchema } from '../../shared/model/organisation.js';
import { ZOutboxRecordSchema } from '../../shared/model/outbox.js';
import {
  ZAgreementRecordSchema,
  ZPartRecordSchema,
  ZQuarterRecordSchema,
} from '../../shared/model/records.js';
import { ZRegionReportFileRecordSchema } from '../../shared/model/region-report-file.js';
import { ZReportFileRecordSchema } from '../../shared/model/report-file.js';
import { ZStoredSettingsSchema } from '../../shared/model/settings.js';
import { defineEntity } from './entity.js';
import { keys, systemScope } from './keys.js';

/*
 * Every kind of item the table holds, each defined once: its type tag, the schema it is read back
 * with, and the keys of a record (spelled in keys.ts). See docs/DATA-MODEL.md.
 */

export const regionEntity = defineEntity('region', ZRegionSchema, (region) => keys.region(region.id));

export const agencyEntity = defineEntity('agency', ZAgencySchema, (agency) =>
  keys.agency(agency.id, agency.regionId),
);

/** A region's days off of one year (national holidays and cuti bersama, as its admin keeps them). */
export const holidaysEntity = defineEntity('holidays', ZRegionHolidaysSchema, (record) =>
  keys.holidays(record.regionId, record.year),
);

/** A region's rule for quarterly deadlines (its Perbup). */
export const deadlineRuleEntity = defineEntity('deadlineRule', ZRegionDeadlineRuleSchema, (record) =>
  keys.deadlineRule(record.regionId),
);

export const unitEntity = defineEntity('unit', ZUnitSchema, (unit) => keys.unit(unit.agencyId, unit.id));

/** An agency's settings; the record does not name its agency, the key does. */
export const settingsEntity = defineEntity('settings', ZStoredSettingsSchema, (_settings, agencyId: string) =>
  keys.settings(agencyId),
);

/** A user is listed under their agency, else their region, else the system; and by e-mail. */
export const userEntity = defineEntity('user', ZUserSchema, (user) => ({
  ...keys.user(user.id),
  ...keys.userIndexes(user.id, user.agencyId ?? user.regionId ?? systemScope, user.email),
}));

/** Who signs in as whom: a token's `sub` and the user it is bound to, written once. */
export const identityEntity = defineEntity(
  'identity',
  z.object({ sub: z.string().min(1), userId: z.string().min(1) }),
  (identity) => keys.identity(identity.sub),
);

/** An acting official's assignment (Plt./Plh.). */
export const actingEntity = defineEntity('acting', ZActingAssignmentSchema, keys.acting);

/**
 * An agency's year as its region's dashboard shows it (kept by the outbox), its bands and quarters
 * in one JSON string (`packed`: TPackedFigures, each figure without its name): DynamoDB and the SDK
 * read one string attribute several times faster than a list of maps per quarter, and nothing
 * queries inside them (agency-summaries.ts). Its region and year are its key's, not stored again.
 */
const ZStoredAgencySummarySchema = ZAgencySummarySchema.omit({
  regionId: true,
  year: true,
  bands: true,
  quarters: true,
}).extend({ packed: z.string() });
export const agencySummaryEntity = defineEntity(
  'agencySummary',
  ZStoredAgencySummarySchema,
  (summary, regionId: string, year: number) => keys.agencySummary(regionId, year, summary.agencyId),
);

/** The columns an agency confirmed for a layout of its hand-made agreement workbooks. */
export const importMappingEntity = defineEntity('importMapping', ZRememberedMappingSchema, (record) =>
  keys.importMapping(record.agencyId, record.signature),
);

/** Agreement versions, quarters and parts are also in the agency's years (gsi1), by year. */
export const agreementEntity = defineEntity('agreement', ZAgreementRecordSchema, (record) =>
  keys.inAgencyYears(
    keys.agreement(record.agencyId, record.year, record.version),
    record.agencyId,
    record.year,
  ),
);

/** A quarter sits in the reminder sweep's index while open: a put without those keys drops it. */
export const quarterEntity = defineEntity('quarter', ZQuarterRecordSchema, (record) => ({
  ...keys.inAgencyYears(
    keys.quarter(record.agencyId, record.year, record.quarter),
    record.agencyId,
    record.year,
  ),
  ...(record.state === 'open' &&
    keys.openQuarterIndex(record.agencyId, record.year, record.quarter, record.dueAt)),
}));

export const partEntity = defineEntity('part', ZPartRecordSchema, ({ content }) =>
  keys.inAgencyYears(
    keys.part(content.agencyId, content.year, content.quarter, content.unitId),
    content.agencyId,
    content.year,
  ),
);

export const evidenceEntity = defineEntity('evidence', ZEvidenceSchema, (evidence) =>
  keys.evidence(evidence.agencyId, evidence.year, evidence.quarter, evidence.unitId, evidence.id),
);

export const auditEntity = defineEntity('audit', ZAuditEventSchema, keys.audit);

export const reportFileEntity = defineEntity('reportFile', ZReportFileRecordSchema, keys.reportFile);

/** A file the region compiled from its agencies' accepted quarters. */
export const regionReportFileEntity = defineEntity(
  'regionReportFile',
  ZRegionReportFileRecordSchema,
  keys.regionReportFile,
);

/** An outbox event: in the pending index until processed, in the failed one once given up on. */
export const outboxEntity = defineEntity('outbox', ZOutboxRecordSchema, keys.outbox);

/** The last version handed out to a period's report files: every run that makes files takes the next. */
export const reportVersionEntity = defineEntity(
  'reportVersion',
  z.object({
    agencyId: z.string(),
    year: z.int(),
    period: z.int().min(0).max(4),
    lastVersion: z.int().min(1),
    revision: z.int().min(1),
  }),
  (record) => keys.reportVersion(record.agencyId, record.year, record.period),
);

/** The marker that an email (by its dedupe key) is being or was sent; DynamoDB deletes it at `expiresAt`. */
export const sentEntity = defineEntity(
  'sent',
  z.object({
    key: z.string(),
    status: z.enum(['sending', 'sent', 'failed']),
    at: z.string(),
    /** While `sending`: until when the claim holds; after it another run may send. */
    leaseUntil: z.string().optional(),
    /** The claim that holds it: a claim retried by the SDK finds its own (markers before 2026-12-02 have none). */
    claimId: z.string().optional(),
    expiresAt: z.int(),
    error: z.string().nullable().optional(),
    attempts: z.int().optional(),
  }),
  (marker) => keys.sent(marker.key),
);
