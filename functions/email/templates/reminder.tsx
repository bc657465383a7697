import { Text } from '@react-email/components';
import { commonMessages } from '../../../shared/messages/common.js';
import { deadlineEmailMessages } from '../../../shared/messages/deadline-email.js';
import type { TTimeZone } from '../../../shared/model/organisation.js';
import { formatDateTime } from '../format.js';
import { Action, Bullets, Facts } from './blocks.js';
import { EmailLayout, quarterName, type TPartEmailBase } from './layout.js';

export type ReminderEmailProps = TPartEmailBase & {
  dueAt: string;
  timeZone: TTimeZone;
  /** Local calendar days to the due date: 0 on the due day. */
  daysLeft: number;
  /** Names of the unit's indicators with no realisation yet. */
  emptyIndicators: string[];
  formUrl: string;
};

/** "3 hari lagi" reads as the subject's tail; the due day itself is "hari ini". */
export const reminderSubject = (p: ReminderEmailProps): string =>
  deadlineEmailMessages[p.locale].reminder.subject(
    quarterName(p),
    commonMessages[p.locale].daysLeft(p.daysLeft),
  );

/** Before the due date, to a division head whose part is still draft or returned. */
export function ReminderEmail(p: ReminderEmailProps) {
  const m = deadlineEmailMessages[p.locale].reminder;
  const quarter = quarterName(p);
  return (
    <EmailLayout {...p} preview={reminderSubject(p)} heading={m.heading(quarter)} footerNote={m.footer}>
      <Text>{m.intro(p.unitName, quarter)}</Text>
      <Facts
        rows={[
          [m.quarter, quarter],
          [m.unit, p.unitName],
          [m.due, formatDateTime(p.dueAt, p.timeZone, p.locale)],
          [m.left, commonMessages[p.locale].daysLeft(p.daysLeft)],
        ]}
      />
      {p.emptyIndicators.length > 0 ? (
        <>
          <Text>{m.empty(p.emptyIndicators.length)}</Text>
          <Bullets items={p.emptyIndicators} />
        </>
      ) : (
        <Text>{m.allFilled}</Text>
      )}
      <Action href={p.formUrl}>{m.action}</Action>
    </EmailLayout>
  );
}
