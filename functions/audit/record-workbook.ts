import type { TActor } from '../../shared/access/policy.js';
import { recordNames } from '../../shared/audit/change-words.js';
import { recordSheet } from '../../shared/audit/record-sheet.js';
import { currentLocale, t } from '../../shared/i18n.js';
import { historyMessages } from '../../shared/messages/web/history.js';
import { loadAgency } from '../agency/load-agency.js';
import { nameRecordAgencies } from '../agency/named-people.js';
import type { TClock } from '../clock.js';
import { listYearAuditEvents } from '../db/audit.js';
import { listMembers } from '../db/organisation.js';
import { readYear } from '../db/year.js';
import { workbookDownloadUrl } from '../workbook/workbook-download.js';

export type RecordWorkbookOptions = { user: TActor; agencyId: string; year: number; clock?: TClock };

/**
 * A 5-minute link to the agency's whole record of a year as XLSX, for an auditor's working papers:
 * every event of every subject, a row per value changed, in the reader's language and the
 * agency's time zone, ids and codes named as the year's agreements, units and people name them.
 */
export async function recordWorkbookUrl(options: RecordWorkbookOptions): Promise<{ url: string }> {
  const { user, agencyId, year } = options;
  const { agency, units } = await loadAgency(user, agencyId, 'agency.read');
  const [events, stored, members] = await Promise.all([
    listYearAuditEvents(agencyId, year),
    readYear(agencyId, year),
    listMembers(agencyId),
  ]);
  // Those who have since left the agency are named as each event keeps its actor's name.
  const actors = events.map((event) => ({ id: event.actorId, name: event.actorName }));
  const names = recordNames({
    agreements: stored.agreements.map((record) => record.agreement),
    units,
    people: [...actors, ...members],
    agencies: await nameRecordAgencies(events, agency.regionId, year),
  });
  const sheet = recordSheet({ year, events, names, locale: currentLocale(), timeZone: agency.timeZone });
  return workbookDownloadUrl({
    agencyId,
    userId: user.id,
    fileName: t(historyMessages).sheet.fileName(agency.shortName, year),
    sheets: [sheet],
    clock: options.clock,
  });
}
