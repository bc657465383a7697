import type { TActor } from '../../shared/access/policy.js';
import { AppError } from '../../shared/app-error.js';
import { t } from '../../shared/i18n.js';
import { cycleMessages } from '../../shared/messages/cycle.js';
import type { TQuarter } from '../../shared/model/quarter.js';
import type { TAgreementRecord } from '../../shared/model/records.js';
import { agreementTransitions, type TAgreementTransition } from '../../shared/workflow/agreement-workflow.js';
import { isQuarterLocked } from '../../shared/workflow/quarter-workflow.js';
import { loadAgency } from '../agency/load-agency.js';
import { headSignatory, signerName } from '../auth/signatory.js';
import { beginChange } from '../change.js';
import type { TClock } from '../clock.js';
import { agreementEntity } from '../db/entities.js';
import { getRegion } from '../db/organisation.js';
import { readYear } from '../db/year.js';
import { reserveReportVersion } from '../report-files/report-versions.js';
import { assertRevision, assertTransition } from '../workflow-guards.js';

export type TransitionAgreementOptions = {
  user: TActor;
  agencyId: string;
  year: number;
  version: number;
  transition: TAgreementTransition;
  revision: number;
  /** Why the head returns a version to the planner. */
  reason?: string;
  /** Where the moment and ids come from; the system's by default. */
  clock?: TClock;
};

/** Moves an agreement version along draft → submitted → signed (or back to draft). */
export async function transitionAgreement(options: TransitionAgreementOptions): Promise<TAgreementRecord> {
  const { user, agencyId, year, version, transition } = options;
  const { agency, acting } = await loadAgency(user, agencyId, agreementTransitions[transition].action);
  const { agreements, quarters } = await readYear(agencyId, year);
  const current = agreements.find((record) => record.version === version);
  if (!current) throw new AppError('NOT_FOUND', t(cycleMessages).versionMissing(version));
  const to = assertTransition(agreementTransitions, current, transition, (m) => m.agreementStates);
  assertRevision(current, options.revision);
  const change = beginChange({ user, clock: options.clock, agencyId, year, acting });
  // A revision takes effect from the first quarter not yet signed off; earlier ones keep their targets.
  const firstOpen = quarters
    .filter((q) => !isQuarterLocked(q.state))
    .map((q) => q.quarter)
    .sort()[0];
  const effectiveFromQuarter: TQuarter = version === 1 ? 1 : (firstOpen ?? 4);
  const record: TAgreementRecord = {
    ...current,
    state: to,
    ...change.nextRevision(current),
    ...(transition === 'sign' && {
      signedBy: headSignatory(user, acting, agency),
      secondPartyName: await regentOf(agency.regionId),
      signedAt: change.at,
      effectiveFromQuarter,
    }),
  };
  const audit = change.audit({
    subject: { kind: 'agreement', version },
    action: transition,
    fromState: current.state,
    toState: to,
    reason: options.reason?.trim() || undefined,
  });
  // Signing makes the agreement's documents, under a version number of their own.
  const files = transition === 'sign' ? await reserveReportVersion(agencyId, year, 0) : undefined;
  const payload = {
    version,
    reportVersion: files?.version,
    auditId: audit.id,
    actorName: signerName(user, acting, agency),
  };
  await change.commit({
    writes: [
      { item: agreementEntity.item(record), expectedRevision: options.revision },
      ...(files ? [files.write] : []),
    ],
    audit: [audit],
    outbox: [change.outbox(`agreement.${transition}`, payload)],
  });
  return record;
}

/** The regent named on the region, snapshotted into the signed version. */
async function regentOf(regionId: string): Promise<string | undefined> {
  return (await getRegion(regionId))?.regentName;
}
