import type { TActor } from '../../shared/access/policy.js';
import { currentLocale, t } from '../../shared/i18n.js';
import { quarterSheetMessages } from '../../shared/messages/quarter-sheet.js';
import type { TQuarter } from '../../shared/model/quarter.js';
import { unitsOfYear } from '../../shared/model/unit-history.js';
import { entrySheet } from '../../shared/quarter-sheet/entry-sheet.js';
import type { TClock } from '../clock.js';
import { workbookDownloadUrl } from '../workbook/workbook-download.js';
import { loadQuarter } from './load-quarter.js';

export type EntrySheetOptions = {
  user: TActor;
  agencyId: string;
  year: number;
  quarter: TQuarter;
  /** A division head's own unit; absent, every unit of the year (the planner's whole quarter). */
  unitId?: string;
  clock?: TClock;
};

/**
 * A 5-minute link to the quarter's entry sheet as XLSX, in the reader's language, with the drafts'
 * figures in: a division head's own unit's, or every unit's for the planner, who takes in a whole
 * quarter on the units' behalf.
 */
export async function entrySheetUrl(options: EntrySheetOptions): Promise<{ url: string }> {
  const { user, agencyId, year, quarter, unitId } = options;
  const action = unitId ? 'part.write' : 'part.fillFor';
  const context = await loadQuarter({ user, agencyId, year, quarter, unitId, action });
  const units = unitsOfYear(context.units, year).filter((unit) => !unitId || unit.id === unitId);
  const sheet = entrySheet({
    agreement: context.agreement.agreement,
    units,
    year,
    quarter,
    parts: context.parts.map((part) => part.content),
    locale: currentLocale(),
  });
  const whose = unitId ? (units[0]?.name ?? unitId) : context.agency.shortName;
  return workbookDownloadUrl({
    agencyId,
    userId: user.id,
    fileName: `${t(quarterSheetMessages).sheetName(quarter, year)} ${whose}.xlsx`,
    sheets: [sheet],
    clock: options.clock,
  });
}
