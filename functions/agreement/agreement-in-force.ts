import type { TQuarter } from '../../shared/model/quarter.js';
import type { TAgreementRecord } from '../../shared/model/records.js';

/** The latest signed version: the one in force now. */
export function versionInForce<T extends Pick<TAgreementRecord, 'state' | 'version'>>(
  agreements: readonly T[],
): T | undefined {
  return agreements.filter((record) => record.state === 'signed').sort((a, b) => b.version - a.version)[0];
}

/** The signed version a quarter is measured against: the latest one in force from that quarter or earlier. */
export function versionForQuarter<
  T extends Pick<TAgreementRecord, 'state' | 'version' | 'effectiveFromQuarter'>,
>(agreements: readonly T[], quarter: TQuarter): T | undefined {
  return agreements
    .filter((record) => record.state === 'signed' && (record.effectiveFromQuarter ?? 1) <= quarter)
    .sort((a, b) => b.version - a.version)[0];
}
