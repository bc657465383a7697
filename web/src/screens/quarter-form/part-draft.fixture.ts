import type { TQuarterPartContent } from '../../../../shared/model/realisation';
import { agreement2019Perubahan } from '../../../../shared/seed/hss-2019';
import { unitScope } from './part-draft';

/** The seed's amended 2019 agreement and its Bidang Pemberdayaan Sosial, whose TW3 part the tests fill. */
export const agreement = agreement2019Perubahan;
export const unitId = 'pemberdayaan-sosial';
export const scope = unitScope(agreement, unitId);

/** That unit's TW3 part with nothing entered yet. */
export const empty: TQuarterPartContent = {
  agencyId: agreement.agencyId,
  year: agreement.year,
  quarter: 3,
  unitId,
  agreementVersion: agreement.version,
  realisations: [],
  budget: [],
  narratives: [],
};
