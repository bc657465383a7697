import { AppError } from '../../shared/app-error.js';
import { t } from '../../shared/i18n.js';
import { cycleMessages } from '../../shared/messages/cycle.js';
import type { TUser } from '../../shared/model/organisation.js';
import {
  agreementSummary,
  type TAgreementRecord,
  type TAgreementSummary,
} from '../../shared/model/records.js';
import { loadAgency } from '../agency/load-agency.js';
import { listAgreementsShown } from '../db/agreements.js';
import { versionInForce } from './agreement-in-force.js';

/** `version`: the one to bring whole; without it the one in force, else the latest (a draft). */
export type GetAgreementOptions = { user: TUser; agencyId: string; year: number; version?: number };

export type TAgreementPage = {
  inForce: number | null;
  /** Every version summed up, oldest first: none of their contents. */
  versions: TAgreementSummary[];
  /** The version asked for, whole; null while the year has none. */
  version: TAgreementRecord | null;
};

/**
 * The year's agreement as its pages read it: one version whole and every version summed up, so
 * that the answer stays one version's size however many Perubahan the year collects (about 20 of
 * 300 KB each passed Lambda's 6 MB answer when every version was sent whole).
 */
export async function getAgreement(options: GetAgreementOptions): Promise<TAgreementPage> {
  await loadAgency(options.user, options.agencyId, 'agency.read');
  const versions = await listAgreementsShown(options.agencyId, options.year);
  const inForce = versionInForce(versions)?.version ?? null;
  const asked = options.version ?? inForce;
  const version =
    asked === null ? (versions.at(-1) ?? null) : (versions.find((v) => v.version === asked) ?? null);
  if (options.version !== undefined && !version)
    throw new AppError('NOT_FOUND', t(cycleMessages).versionMissing(options.version));
  return { inForce, versions: versions.map(agreementSummary), version };
}
