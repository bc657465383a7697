import { AppError } from '../../shared/app-error.js';
import type { TUser } from '../../shared/model/organisation.js';
import type { TQuarter } from '../../shared/model/quarter.js';
import type { TAgreementRecord } from '../../shared/model/records.js';
import { agreementTransitions, type TAgreementTransition } from '../../shared/workflow/agreement-workflow.js';
import { checkTransition } from '../../shared/workflow/transitions.js';
import { loadAgency } from '../agency/load-agency.js';
import { newAuditEvent } from '../audit-event.js';
import { conflictToAppError, staleRevision } from '../conflict.js';
import { commitChange } from '../db/commit.js';
import { readYear, yearItems } from '../db/year.js';
import { say } from '../language.js';
import { newOutboxEvent } from '../outbox-event.js';

export type TransitionAgreementOptions = {
  user: TUser;
  agencyId: string;
  year: number;
  version: number;
  transition: TAgreementTransition;
  revision: number;
  /** Why the head returns a version to the planner. */
  reason?: string;
};

/** Moves an agreement version along draft → submitted → signed (or back to draft). */
export async function transitionAgreement(options: TransitionAgreementOptions): Promise<TAgreementRecord> {
  const { user, agencyId, year, version, transition } = options;
  const { agency } = await loadAgency(user, agencyId, agreementTransitions[transition].action);
  const { agreements, quarters } = await readYear(agencyId, year);
  const current = agreements.find((record) => record.version === version);
  if (!current)
    throw new AppError(
      'NOT_FOUND',
      say({ id: `Versi ${version} tidak ada`, en: `Version ${version} does not exist` }),
    );
  const check = checkTransition(agreementTransitions, current.state, transition);
  if (!check.ok) {
    throw new AppError(
      'CONFLICT',
      say({
        id: `Tidak dapat ${transition} dari status ${current.state}`,
        en: `Cannot ${transition} from ${current.state}`,
      }),
      {
        details: { current, allowed: check.allowed },
      },
    );
  }
  if (current.revision !== options.revision) throw staleRevision(current);
  const at = new Date().toISOString();
  // A revision takes effect from the first quarter not yet signed off; earlier ones keep their targets.
  const firstOpen = quarters
    .filter((q) => q.state !== 'signed_off')
    .map((q) => q.quarter)
    .sort()[0];
  const effectiveFromQuarter: TQuarter = version === 1 ? 1 : (firstOpen ?? 4);
  const record: TAgreementRecord = {
    ...current,
    state: check.to,
    revision: current.revision + 1,
    updatedAt: at,
    updatedBy: user.id,
    ...(transition === 'sign' && { signedBy: agency.head, signedAt: at, effectiveFromQuarter }),
  };
  const audit = newAuditEvent({
    user,
    at,
    agencyId,
    year,
    subject: { kind: 'agreement', version },
    action: transition,
    fromState: current.state,
    toState: check.to,
    reason: options.reason?.trim() || undefined,
  });
  const outbox = [
    newOutboxEvent({
      kind: `agreement.${transition}`,
      agencyId,
      year,
      createdAt: at,
      payload: { version, auditId: audit.id, actorName: user.name },
    }),
  ];
  await commitChange({
    writes: [{ item: yearItems.agreement(record), expectedRevision: options.revision }],
    audit: [audit],
    outbox,
  }).catch(conflictToAppError);
  return record;
}
