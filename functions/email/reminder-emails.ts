import type { TTimeZone } from '../../shared/model/organisation.js';
import type { TReminderDigest } from '../../shared/reminders/digest.js';
import type { TReminderNotice } from '../../shared/reminders/plan-reminders.js';
import type { TEmail } from './render-email.js';

export type ReminderEmailContext = {
  agencyName: string;
  timeZone: TTimeZone;
  /** The link straight to the unit's form for the notice's quarter. */
  formUrl: (notice: TReminderNotice) => string;
  /** The names of the unit's indicators still empty (see `emptyIndicators` in shared/reminders). */
  emptyIndicators: (notice: TReminderNotice) => string[];
};

/** The one email for a recipient's digest: the single notice's own template, else a digest. */
export function reminderEmail(
  digest: TReminderDigest,
  context: ReminderEmailContext,
): TEmail<'reminder' | 'overdue' | 'digest'> {
  const { recipient, notices } = digest;
  const base = { locale: recipient.locale, agencyName: context.agencyName, recipientName: recipient.name };
  const [only, ...more] = notices;
  if (!only) throw new Error(`an empty digest for ${recipient.id}`);
  if (more.length === 0) {
    const about = {
      ...base,
      year: only.year,
      quarter: only.quarter,
      unitName: only.unitName,
      dueAt: only.dueAt,
      timeZone: context.timeZone,
      emptyIndicators: context.emptyIndicators(only),
      formUrl: context.formUrl(only),
    };
    if (only.kind === 'reminder')
      return { template: 'reminder', props: { ...about, daysLeft: only.daysLeft } };
    const { daysOverdue, audience, divisionHeadNames, headNames } = only;
    return { template: 'overdue', props: { ...about, daysOverdue, audience, divisionHeadNames, headNames } };
  }
  const items = notices.map((n) => {
    const item = {
      year: n.year,
      quarter: n.quarter,
      unitName: n.unitName,
      dueAt: n.dueAt,
      formUrl: context.formUrl(n),
    };
    return n.kind === 'reminder'
      ? { ...item, kind: n.kind, daysLeft: n.daysLeft }
      : { ...item, kind: n.kind, daysOverdue: n.daysOverdue, asHead: n.audience === 'head' };
  });
  return { template: 'digest', props: { ...base, timeZone: context.timeZone, items } };
}
