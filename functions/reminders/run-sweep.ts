import * as z from 'zod';
import type { TQuarterRecord } from '../../shared/model/records.js';
import { digestByRecipient, type TReminderDigest } from '../../shared/reminders/digest.js';
import { emptyIndicators } from '../../shared/reminders/empty-indicators.js';
import { localHour } from '../../shared/reminders/local-day.js';
import { planReminders } from '../../shared/reminders/plan-reminders.js';
import { maxOffsetDays } from '../../shared/reminders/reminder-settings.js';
import { webPaths } from '../../shared/web-paths.js';
import { versionForQuarter } from '../agreement/agreement-in-force.js';
import { listOpenQuartersDueBefore } from '../db/open-quarters.js';
import { getAgencyWithUnits, listMembers } from '../db/organisation.js';
import { claimSend, settleSend } from '../db/sent-markers.js';
import { readYear } from '../db/year.js';
import { reminderEmail } from '../email/reminder-emails.js';
import { renderEmail } from '../email/render-email.js';
import { sendEmail } from '../email/send-email.js';
import { leaseUntil } from '../lease.js';
import { log, withLogFields } from '../log.js';
import { putMetric } from '../metrics.js';
import { appUrl } from '../notify/event-context.js';

/**
 * The scheduler's payload (EventBridge Scheduler on AWS, the timer or the CLI locally): the
 * sweep's moment, and whether it is the hourly run, which sweeps only the agencies whose sending
 * hour it is (a manual run sweeps them all).
 */
export const ZSweepPayloadSchema = z.object({
  at: z.iso.datetime({ offset: true }).optional(),
  scheduled: z.boolean().default(false),
});
export type TSweepPayload = z.infer<typeof ZSweepPayloadSchema>;

export type TSweepResult = {
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

const day = 86_400_000;
const agenciesAtOnce = 8;

/**
 * One reminder sweep as of `now`: finds the open quarters due within the reminder window (or
 * overdue) through the due-date index, plans who must be told, claims each notice's sent-marker
 * for a lease (so a rerun or a concurrent sweep sends nothing twice, and a sweep that dies after
 * claiming leaves them to the next one once the lease lapses), and sends one email per
 * recipient. A failed send releases its markers for the next sweep and is logged.
 */
export async function runReminderSweep(
  now: string,
  options: { scheduled?: boolean } = {},
): Promise<TSweepResult> {
  const result: TSweepResult = { quarters: 0, planned: 0, sent: 0, alreadySent: 0, inProgress: 0, failed: 0 };
  // Past the largest offset any agency may set: each agency's own offsets then pick the days.
  const horizon = maxOffsetDays + 2;
  const quarters = await listOpenQuartersDueBefore(new Date(Date.parse(now) + horizon * day).toISOString());
  result.quarters = quarters.length;
  const byAgencyYear = new Map<string, TQuarterRecord[]>();
  for (const quarter of quarters) {
    const key = `${quarter.agencyId}#${quarter.year}`;
    byAgencyYear.set(key, [...(byAgencyYear.get(key) ?? []), quarter]);
  }
  // A few agencies at a time: their reads and marker writes overlap without flooding the table.
  const groups = [...byAgencyYear.values()];
  const next = () => groups.shift();
  const worker = async () => {
    for (let group = next(); group; group = next()) {
      const { agencyId, year } = group[0] ?? { agencyId: '', year: 0 };
      await withLogFields({ agencyId, year }, () =>
        sweepAgencyYear(now, group, result, options.scheduled ?? false),
      );
    }
  };
  await Promise.all(Array.from({ length: agenciesAtOnce }, worker));
  if (result.failed > 0) log.warn('reminder sweep finished with failed emails', { at: now, ...result });
  return result;
}

async function sweepAgencyYear(
  now: string,
  quarters: TQuarterRecord[],
  result: TSweepResult,
  scheduled: boolean,
) {
  const { agencyId, year } = quarters[0] ?? { agencyId: '', year: 0 };
  const [found, users, stored] = await Promise.all([
    getAgencyWithUnits(agencyId),
    listMembers(agencyId),
    readYear(agencyId, year),
  ]);
  if (!found) return;
  const { agency, units, settings } = found;
  // The hourly run reaches each agency once a day, in the hour its planner chose.
  if (scheduled && localHour(now, agency.timeZone) !== settings.reminders.sweepHour) return;
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
    const rendered = await renderEmail(email);
    await sendEmail({ ...rendered, to: [digest.recipient.email] });
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
