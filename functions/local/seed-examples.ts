import { nationalCalendar, quarterDueAt } from '../../shared/calendar/quarter-deadline.js';
import type { TAgreementVersion } from '../../shared/model/agreement.js';
import { entryUnitId, indicatorPlaces } from '../../shared/model/agreement-indicators.js';
import { targetValue } from '../../shared/model/indicator.js';
import { quarters, type TQuarter } from '../../shared/model/quarter.js';
import type { TAgreementRecord, TPartRecord, TQuarterRecord } from '../../shared/model/records.js';
import { exampleAgencies, type TExampleAgency } from '../../shared/seed/example-agencies.js';
import {
  agencyEntity,
  agreementEntity,
  auditEntity,
  partEntity,
  quarterEntity,
  unitEntity,
  userEntity,
} from '../db/entities.js';
import { seedRecord } from './seed-record.js';

const importer = 'system';
const hours = (at: string, delta: number) =>
  new Date(new Date(at).getTime() + delta * 3_600_000).toISOString();

/** A unit's entry of a quarter at `share` of every target: realisations, spending, narratives. */
function entry(agreement: TAgreementVersion, unitId: string, quarter: TQuarter, share: number) {
  const realisations = indicatorPlaces(agreement)
    .filter((place) => entryUnitId(place) === unitId)
    .map(({ indicator }) => {
      const target = targetValue(indicator.quarterTargets[quarter - 1] ?? 0);
      const value = Math.round(target * share);
      // Far below the target, the division head says why (as the submission rules ask).
      return share < 0.75
        ? { indicatorId: indicator.id, value, explanation: 'Pengadaan terlambat; hujan lebat.' }
        : { indicatorId: indicator.id, value };
    });
  const budget = agreement.activities
    .filter((activity) => activity.unitId === unitId)
    .map((activity) => ({
      activityCode: activity.code,
      amount: Math.floor((activity.budget / 4) * Math.min(share, 1)),
    }));
  const narratives = agreement.programs
    .filter((program) => program.unitId === unitId)
    .map((program) => ({
      programCode: program.code,
      activitiesCarriedOut: 'Kegiatan dilaksanakan sesuai jadwal (data contoh).',
      supportingFactors: 'Dukungan pemerintah kecamatan dan desa.',
      obstacles:
        share < 0.75
          ? 'Pengadaan barang terlambat; akses jalan terputus banjir.'
          : 'Tidak ada hambatan berarti.',
      actionsTaken: share < 0.75 ? 'Percepatan pengadaan di triwulan berikut.' : 'Pemantauan rutin.',
    }));
  return { realisations, budget, narratives };
}

/**
 * One agency's open year: the agreement signed in January; every quarter reported by `now`
 * signed off on time, except the latest, which tells the agency's story; the others open.
 */
function exampleYear(example: TExampleAgency, year: number, now: Date) {
  const { agency, units, story } = example;
  const agreement = example.agreement(year);
  const signedAt = `${year}-01-10T10:00:00+08:00`;
  const agreements: TAgreementRecord[] = [
    {
      agencyId: agency.id,
      year,
      version: 1,
      state: 'signed',
      agreement,
      signedBy: agency.head,
      signedAt,
      effectiveFromQuarter: 1,
      revision: 1,
      updatedAt: signedAt,
      updatedBy: importer,
    },
  ];
  // As the region's calendar sets them where nobody changed it: five working days, the national days off.
  const due = (quarter: TQuarter) => quarterDueAt(year, quarter, agency.timeZone, nationalCalendar(year));
  const reported = quarters.filter((quarter) => new Date(due(quarter)) < now);
  const latest = reported.at(-1);
  const [head, , verifier] = example.users;
  const divisionHead = (unitId: string) => example.users.find((user) => user.unitId === unitId)?.id;
  const quarterRecords: TQuarterRecord[] = [];
  const parts: TPartRecord[] = [];
  for (const quarter of quarters) {
    const dueAt = due(quarter);
    const told = quarter === latest ? story : reported.includes(quarter) ? 'onTime' : 'open';
    const signedOff = told === 'onTime';
    quarterRecords.push({
      agencyId: agency.id,
      year,
      quarter,
      state: signedOff ? 'signed_off' : 'open',
      dueAt,
      ...(signedOff && { signedOffAt: hours(dueAt, 48), signedOffBy: head?.id, signedOffAs: agency.head }),
      signOffCount: signedOff ? 1 : 0,
      revision: 1,
      updatedAt: signedOff ? hours(dueAt, 48) : dueAt,
      updatedBy: importer,
    });
    for (const [index, unit] of units.entries()) {
      const where = { agencyId: agency.id, year, quarter, unitId: unit.id, agreementVersion: 1 };
      const tracked = { revision: 1, updatedAt: dueAt, updatedBy: importer };
      if (told === 'open') {
        parts.push({
          state: 'draft',
          content: { ...where, realisations: [], budget: [], narratives: [] },
          ...tracked,
        });
        continue;
      }
      // At risk: behind on every target, nothing submitted by the due date.
      const content = { ...where, ...entry(agreement, unit.id, quarter, told === 'atRisk' ? 0.4 : 1) };
      const submittedBy = divisionHead(unit.id);
      if (told === 'atRisk') {
        parts.push({ state: 'draft', content, ...tracked });
        continue;
      }
      const late = told === 'late';
      const submittedAt = hours(dueAt, late ? 24 * (3 + index) : -24 * (2 + index));
      // Returned: one part sent back with the verifier's comment, one waiting, one verified.
      const state =
        told === 'returned' ? (['verified', 'returned', 'submitted'] as const)[index % 3] : 'verified';
      parts.push({
        state: state ?? 'submitted',
        content,
        submittedAt,
        submittedBy,
        late,
        ...(state === 'verified' && { verifiedBy: verifier?.id }),
        ...(state === 'returned' && {
          review: {
            comment: 'Realisasi fisik belum sesuai berita acara; lampirkan data dukung (contoh).',
            indicatorComments: {},
          },
        }),
        ...tracked,
        updatedAt: submittedAt,
      });
    }
  }
  return { agreements, quarterRecords, parts };
}

/** Every item of the example agencies: the agencies, units and people, and the open year's cycle. */
export function exampleItems(year: number, now: Date) {
  return exampleAgencies.flatMap((example) => {
    const stored = exampleYear(example, year, now);
    const { agreements, quarterRecords, parts } = stored;
    return [
      agencyEntity.item(example.agency),
      ...example.units.map(unitEntity.item),
      ...example.users.map(userEntity.item),
      ...agreements.map(agreementEntity.item),
      ...quarterRecords.map(quarterEntity.item),
      ...parts.map(partEntity.item),
      ...seedRecord(stored).map(auditEntity.item),
    ];
  });
}
