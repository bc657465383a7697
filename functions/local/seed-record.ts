import type { TAuditEvent } from '../../shared/model/audit.js';
import type { TAgreementRecord, TPartRecord, TQuarterRecord } from '../../shared/model/records.js';
import { systemClock } from '../clock.js';

/** Who the record names for what the seed loaded: nobody typed it in Capaian. */
const loader = { actorId: 'system', actorName: 'Data awal (dimuat, tidak diisi di Capaian)' };

/**
 * One event per agreement version, quarter and part the seed loads, at the moment the record says
 * it came to its state: its history then says where each state came from, instead of nothing.
 */
export function seedRecord(year: {
  agreements: readonly TAgreementRecord[];
  quarterRecords: readonly TQuarterRecord[];
  parts: readonly TPartRecord[];
}): TAuditEvent[] {
  const loaded = (
    record: { agencyId: string; year: number; updatedAt?: string; state: string },
    subject: TAuditEvent['subject'],
  ): TAuditEvent => ({
    id: systemClock.newId(),
    agencyId: record.agencyId,
    year: record.year,
    subject,
    action: 'seed',
    ...loader,
    // In UTC as every event's moment is: the sort key orders events by it as text.
    at: record.updatedAt ? new Date(record.updatedAt).toISOString() : systemClock.now(),
    toState: record.state,
    changes: [],
  });
  return [
    ...year.agreements.map((record) => loaded(record, { kind: 'agreement', version: record.version })),
    ...year.quarterRecords.map((record) => loaded(record, { kind: 'quarter', quarter: record.quarter })),
    ...year.parts.map(({ content, ...record }) =>
      loaded(
        { ...record, agencyId: content.agencyId, year: content.year },
        {
          kind: 'part',
          quarter: content.quarter,
          unitId: content.unitId,
        },
      ),
    ),
  ];
}
