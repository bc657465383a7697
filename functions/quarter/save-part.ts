import type { TActor } from '../../shared/access/policy.js';
import { AppError, issuesUnder } from '../../shared/app-error.js';
import { t } from '../../shared/i18n.js';
import { cycleMessages } from '../../shared/messages/cycle.js';
import type { TAgreementVersion } from '../../shared/model/agreement.js';
import { partChanges } from '../../shared/model/part-changes.js';
import { checkQuarterPart } from '../../shared/model/part-rules.js';
import type { TQuarter } from '../../shared/model/quarter.js';
import type { TQuarterPartContent } from '../../shared/model/realisation.js';
import type { TPartRecord } from '../../shared/model/records.js';
import { beginChange } from '../change.js';
import type { TClock } from '../clock.js';
import { partEntity } from '../db/entities.js';
import { quarterStillOpen } from '../db/parts.js';
import { assertRevision } from '../workflow-guards.js';
import { assertPartEditable, assertQuarterOpen, loadQuarter, partOf } from './load-quarter.js';

/** What a division head enters; fields left out keep their saved values. */
type TPartEntry = Partial<Pick<TQuarterPartContent, 'realisations' | 'budget' | 'narratives'>>;

export type SavePartOptions = {
  user: TActor;
  agencyId: string;
  year: number;
  quarter: TQuarter;
  unitId: string;
  /** The revision the division head's form was loaded at. */
  revision: number;
  entry: TPartEntry;
  /** Where the moment and ids come from; the system's by default. */
  clock?: TClock;
};

/** 400 naming each entry that does not belong in the unit's part (`checkQuarterPart`). */
export function assertPartFits(agreement: TAgreementVersion, content: TQuarterPartContent): void {
  const issues = issuesUnder('entry', checkQuarterPart(agreement, content));
  if (issues.length > 0) throw new AppError('BAD_REQUEST', t(cycleMessages).entryMismatch, { issues });
}

/** Saves a draft of a unit's part, partially if need be; checks only that each entry belongs there. */
export async function savePart(options: SavePartOptions): Promise<TPartRecord> {
  const { user, agencyId, year, quarter, unitId } = options;
  const context = await loadQuarter({ user, agencyId, year, quarter, unitId, action: 'part.write' });
  assertQuarterOpen(context.quarter);
  const current = partOf(context, unitId);
  assertPartEditable(current);
  assertRevision(current, options.revision);
  const content = { ...current.content, ...options.entry, agreementVersion: context.agreement.version };
  assertPartFits(context.agreement.agreement, content);
  const change = beginChange({ user, clock: options.clock, agencyId, year, acting: context.acting });
  const record: TPartRecord = { ...current, content, ...change.nextRevision(current) };
  const audit = change.audit({
    subject: { kind: 'part', quarter, unitId },
    action: 'saveDraft',
    changes: partChanges(current.content, content),
  });
  await change.commit({
    writes: [{ item: partEntity.item(record), expectedRevision: options.revision }],
    conditions: [quarterStillOpen(context.quarter)],
    audit: [audit],
  });
  return record;
}
