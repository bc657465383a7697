import { AppError } from '../../shared/app-error.js';
import type { TTrends, TTrendYear } from '../../shared/calc/trends.js';
import { t } from '../../shared/i18n.js';
import { cycleMessages } from '../../shared/messages/cycle.js';
import type { TUser } from '../../shared/model/organisation.js';
import { loadAgency } from '../agency/load-agency.js';
import { versionInForce } from '../agreement/agreement-in-force.js';
import { readYearsInForce, type TYearInForce } from '../db/year.js';
import { keptTrends } from './kept-figures.js';

/**
 * How far back a trend looks for past years. Two five-year plans (RPJMD) back: an agency's
 * indicators rarely outlive that; the years are one query of the agency's years, however many.
 */
const lookBackYears = 10;

/** The trends of a year against the past years that exist, after checking the user may read them. */
export async function getTrends(options: { user: TUser; agencyId: string; year: number }): Promise<TTrends> {
  const { agencyId, year } = options;
  await loadAgency(options.user, agencyId, 'agency.read');
  const years = await readYearsInForce(agencyId, year - lookBackYears, year, ({ agreements }) =>
    versionInForce(agreements),
  );
  // A year's agreement in force and its parts, or nothing where no agreement was signed.
  const trendYear = ({ inForce, parts }: TYearInForce): TTrendYear | undefined =>
    inForce && { agreement: inForce.agreement, parts: parts.map((part) => part.content) };
  const [current, ...past] = [...years.values()].reverse().map(trendYear);
  if (!current) throw new AppError('NOT_FOUND', t(cycleMessages).noSignedAgreement(year));
  return keptTrends({ current, past: past.filter((found) => found !== undefined) });
}
