import {
  agencyEntity,
  agreementEntity,
  partEntity,
  quarterEntity,
  regionEntity,
  settingsEntity,
  unitEntity,
  userEntity,
} from '../../functions/db/entities.js';
import type { TUser } from '../../shared/model/organisation.js';
import { emptyPart } from '../../shared/model/records.js';
import { defaultAgencySettings } from '../../shared/model/settings.js';
import { deriveAgreementForYear } from '../../shared/seed/hss-2019.js';
import { seedAgency, seedRegion } from '../../shared/seed/organisation.js';

export type TSyntheticAgency = {
  regionId: string;
  agencyId: string;
  year: number;
  /** When its open Q1 is due. */
  dueAt: string;
  units?: number;
  /** Its reminders' local hour (08:00 by default). */
  sweepHour?: number;
};

const signedFirstVersion = { version: 1, state: 'signed', effectiveFromQuarter: 1 } as const;

/** A synthetic region: the seed region's zone and regent under another id. */
export const syntheticRegionItem = (regionId: string) =>
  regionEntity.item({ ...seedRegion, id: regionId, name: `Kabupaten Uji ${regionId}` });

/**
 * One synthetic agency for scale tests and the bench: its units, a division head each and a head,
 * the seed's agreement signed for its year, and Q1 open with an empty part per unit.
 */
export function syntheticAgencyItems(options: TSyntheticAgency): Record<string, unknown>[] {
  const { regionId, agencyId, year, dueAt } = options;
  const tracked = { revision: 1, updatedAt: `${year}-01-02T09:00:00+08:00`, updatedBy: 'system' };
  const unitIds = Array.from({ length: options.units ?? 5 }, (_, u) => `unit-${u}`);
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
    agencyEntity.item({ ...seedAgency, id: agencyId, regionId }),
    ...(options.sweepHour === undefined
      ? []
      : [
          settingsEntity.item(
            {
              ...defaultAgencySettings,
              reminders: { ...defaultAgencySettings.reminders, sweepHour: options.sweepHour },
              revision: 1,
            },
            agencyId,
          ),
        ]),
    ...unitIds.map((id) => unitEntity.item({ id, agencyId, name: `Bidang ${id}`, kind: 'division' })),
    ...unitIds.map((unitId) => userEntity.item(person(unitId, ['division_head'], unitId))),
    userEntity.item(person('kepala', ['head'])),
    agreementEntity.item({ agencyId, year, agreement, ...signedFirstVersion, ...tracked }),
    quarterEntity.item({ agencyId, year, quarter: 1, state: 'open', dueAt, signOffCount: 0, ...tracked }),
    ...unitIds.map((unitId) =>
      partEntity.item(emptyPart({ agencyId, year, quarter: 1, unitId, agreementVersion: 1 }, tracked)),
    ),
  ];
}
