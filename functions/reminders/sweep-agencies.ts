import { digestByRecipient, type TReminderDigest } from '../../shared/reminders/digest.js';
import { emptyIndicators } from '../../shared/reminders/empty-indicators.js';
import { localHour } from '../../shared/reminders/local-day.js';
import { planReminders } from '../../shared/reminders/plan-reminders.js';
import { sweepHorizon, type TSweepBatch } from '../../shared/reminders/sweep-batches.js';
import { webPaths } from '../../shared/web-paths.js';
import { versionForQuarter } from '../agreement/agreement-in-force.js';
import { getAgencyWithUnits, listMembers } from '../db/organisation.js';
import { claimSend, settleSend } from '../db/sent-markers.js';
import { readYear } from '../db/year.js';
import { deliverEmail } from '../email/deliver-email.js';
import { reminderEmail } from '../email/reminder-emails.js';
import { leaseUntil } from '../lease.js';
import { log, withLogFields } from '../log.js';
import { putMetric } from '../metrics.js';
import { appUrl } from '../notify/event-context.js';

export type TSweepResult = {
  /** Agencies' years swept (in their sending hour, on the hourly run). */
  agencies: number;
  quarters: number;
  planned: number;
  /** Emails sent (a recipient's notices of one agency go in one digest). */
  sent: number;
  alreadySent: number;
  /** Notices another sweep holds the claim of right now: theirs to send. */
  inProgress: number;
  /** Emails that failed: their notices are released for the next sweep, and logged. */
  failed: number;
};

export const emptySweepResult = (): TSweepResult => ({
  agencies: 0,
  quarters: 0,
  planned: 0,
  sent: 0,
  alreadySent: 0,
  inProgress: 0,
  failed: 0,
});

/** Adds one result's counts to another's. */
export function addSweepResult(total: TSweepResult, result: TSweepResult): void {
  for (const key of Object.keys(total) as (keyof TSweepResult)[]) total[key] += result[key];
}

const agenciesAtOnce = 8;

/**
 * One message of the sweep's fan-out: each agency's year of the batch, a few at a time (their
 * reads and marker writes overlap without flooding the table). Plans who must be told, claims
 * each notice's sent-marker for a lease (so a redelivered batch or a concurrent sweep sends
 * nothing twice, and a worker that dies after claiming leaves them to the next sweep once the
 * lease lapses), and sends one email per recipient. A failed send releases its markers for the
 * next sweep and is logged; a failed read throws, so the message is retried.
 */
export async function sweepAgencies(batch: TSweepBatch): Promise<TSweepResult> {
  const result = emptySweepResult();
  const waiting = [...batch.agencies];
  const worker = async () => {
    for (let next = waiting.shift(); next; next = waiting.shift()) {
      const { agencyId, year } = next;
      await withLogFields({ agencyId, year }, () => sweepAgencyYear(batch, agencyId, year, result));
    }
  };
  await Promise.all(Array.from({ length: agenciesAtOnce }, worker));
  if (result.failed > 0) log.warn('reminder sweep finished with failed emails', { at: batch.at, ...result });
  return result;
}

async function sweepAgencyYear(batch: TSweepBatch, agencyId: string, year: number, result: TSweepResult) {
  const now = batch.at;
  const found = await getAgencyWithUnits(agencyId);
  if (!found) return;
  const { agency, units, settings } = found;
  // The hourly run reaches each agency once a day, in the hour its planner chose: the other 23
  // runs stop here, before the year's partition is read.
  if (batch.scheduled && localHour(now, agency.timeZone) !== settings.reminders.sweepHour) return;
  const [users, stored] = await Promise.all([listMembers(agencyId), readYear(agencyId, year)]);
  const until = sweepHorizon(now);
  const quarters = stored.quarters.filter(
    (quarter) => quarter.state === 'open' && Date.parse(quarter.dueAt) < Date.parse(until),
  );
  result.agencies++;
  result.quarters += quarters.length;
  const notices = planReminders({
    now,
    agency,
    settings: settings.reminders,
    quarters,
    units,
    parts: stored.parts.map((part) => ({
      year,
      quarter: part.content.quarter,
      unitId: part.content.unitId,
      state: part.state,
    })),
    users,
  });
  result.planned += notices.length;
  putMetric('remindersPlanned', notices.length);
  const lease = { at: now, leaseUntil: leaseUntil(now) };
  const claims = await Promise.all(notices.map((notice) => claimSend(notice.key, lease)));
  const claimed = notices.filter((_, i) => claims[i] === 'claimed');
  result.alreadySent += claims.filter((claim) => claim === 'sent').length;
  result.inProgress += claims.filter((claim) => claim === 'in-progress').length;
  for (const digest of digestByRecipient(claimed)) {
    const email = reminderEmail(digest, {
      agencyName: agency.name,
      timeZone: agency.timeZone,
      formUrl: (n) => appUrl(webPaths.part(agencyId, year, n.quarter, n.unitId)),
      emptyIndicators: (n) => {
        const agreement = versionForQuarter(stored.agreements, n.quarter)?.agreement;
        const part = stored.parts.find(
          (p) => p.content.quarter === n.quarter && p.content.unitId === n.unitId,
        );
        return agreement
          ? emptyIndicators(agreement, n.unitId, part?.content).map((indicator) => indicator.name)
          : [];
      },
    });
    await deliver(digest, email, lease.leaseUntil, result);
  }
}

async function deliver(
  digest: TReminderDigest,
  email: ReturnType<typeof reminderEmail>,
  lease: string,
  result: TSweepResult,
) {
  try {
    await deliverEmail(email, { to: [digest.recipient.email] });
    await Promise.all(digest.keys.map((key) => settleSend(key, lease, { status: 'sent' })));
    result.sent++;
    putMetric('emailsSent', 1);
    putMetric('remindersSent', digest.keys.length);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await Promise.all(digest.keys.map((key) => settleSend(key, lease, { status: 'failed', error: message })));
    result.failed++;
    putMetric('emailsFailed', 1);
    log.error('reminder email failed; its notices are left to the next sweep', error, {
      recipientId: digest.recipient.id,
      notices: digest.keys,
    });
  }
}
