import type { TReminderNotice, TReminderRecipient } from './plan-reminders.js';

/** Everything one recipient is to be told in one sweep: one email, however many parts. */
export type TReminderDigest = {
  recipient: TReminderRecipient;
  /** Most pressing first: overdue (longest first), then reminders by days left. */
  notices: TReminderNotice[];
  /** The sent-marker keys the email covers. */
  keys: string[];
};

/** How pressing a notice is: overdue days count as negative days left. */
const urgency = (n: TReminderNotice): number => (n.kind === 'overdue' ? -n.daysOverdue : n.daysLeft);

const byUrgency = (a: TReminderNotice, b: TReminderNotice): number =>
  urgency(a) - urgency(b) ||
  a.year - b.year ||
  a.quarter - b.quarter ||
  a.unitName.localeCompare(b.unitName, 'id');

/**
 * Groups notices by recipient, so a user with several pending parts (the head with three overdue
 * divisions, a division head with two open quarters) gets one email. Group what is still to be
 * sent, after the sent-markers have filtered out what an earlier sweep already sent.
 */
export function digestByRecipient(notices: readonly TReminderNotice[]): TReminderDigest[] {
  const groups = new Map<string, TReminderNotice[]>();
  for (const notice of notices) {
    const group = groups.get(notice.recipient.id) ?? [];
    group.push(notice);
    groups.set(notice.recipient.id, group);
  }
  return [...groups.values()].map((group) => {
    const sorted = [...group].sort(byUrgency);
    const [first] = sorted;
    if (!first) throw new Error('a digest group is never empty');
    return { recipient: first.recipient, notices: sorted, keys: sorted.map((n) => n.key) };
  });
}
