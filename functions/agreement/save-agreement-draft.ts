import { AppError } from '../../shared/app-error.js';
import { t } from '../../shared/i18n.js';
import { cycleMessages } from '../../shared/messages/cycle.js';
import { agreementValueChanges } from '../../shared/model/agreement-changes.js';
import type { TAgreementContent } from '../../shared/model/agreement-content.js';
import type { TUser } from '../../shared/model/organisation.js';
import type { TAgreementRecord } from '../../shared/model/records.js';
import { loadAgency } from '../agency/load-agency.js';
import { beginChange } from '../change.js';
import type { TClock } from '../clock.js';
import { listAgreements } from '../db/agreements.js';
import { agreementEntity } from '../db/entities.js';
import { assertRevision } from '../workflow-guards.js';
import { assertConsistent } from './assert-consistent.js';

export type SaveAgreementDraftOptions = {
  user: TUser;
  agencyId: string;
  year: number;
  version: number;
  /** The revision the planner's edit started from. */
  revision: number;
  content: TAgreementContent;
  /** Where the moment and ids come from; the system's by default. */
  clock?: TClock;
};

/** Replaces a draft version's content, if it is still a draft at the revision the planner saw. */
export async function saveAgreementDraft(options: SaveAgreementDraftOptions): Promise<TAgreementRecord> {
  const { user, agencyId, year, version } = options;
  const { units } = await loadAgency(user, agencyId, 'agreement.edit');
  const current = (await listAgreements(agencyId, year)).find((record) => record.version === version);
  if (!current) throw new AppError('NOT_FOUND', t(cycleMessages).versionMissing(version));
  if (current.state !== 'draft') {
    throw new AppError('CONFLICT', t(cycleMessages).onlyDraftEditable, {
      details: { current },
    });
  }
  assertRevision(current, options.revision);
  const agreement = { ...current.agreement, ...options.content };
  assertConsistent(agreement, units);
  const change = beginChange({ user, clock: options.clock, agencyId, year });
  const record: TAgreementRecord = { ...current, agreement, ...change.nextRevision(current) };
  const audit = change.audit({
    subject: { kind: 'agreement', version },
    action: 'saveDraft',
    changes: agreementValueChanges(current.agreement, agreement),
  });
  await change.commit({
    writes: [{ item: agreementEntity.item(record), expectedRevision: options.revision }],
    audit: [audit],
  });
  return record;
}
