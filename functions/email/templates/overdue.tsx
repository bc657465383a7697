import { Text } from '@react-email/components';
import { commonMessages } from '../../../shared/messages/common.js';
import { deadlineEmailMessages } from '../../../shared/messages/deadline-email.js';
import type { TTimeZone } from '../../../shared/model/organisation.js';
import { formatDateTime } from '../format.js';
import { Action, Bullets, Facts } from './blocks.js';
import { EmailLayout, quarterName, type TPartEmailBase } from './layout.js';

export type OverdueEmailProps = TPartEmailBase & {
  dueAt: string;
  timeZone: TTimeZone;
  /** Local calendar days since the due date: 1 on the day after. */
  daysOverdue: number;
  /** The division head is told; the head of agency receives the copy (escalation). */
  audience: 'division_head' | 'head';
  divisionHeadNames: string[];
  /** The heads in copy; empty when the agency has none on record. */
  headNames: string[];
  emptyIndicators: string[];
  formUrl: string;
};

export const overdueSubject = (p: OverdueEmailProps): string =>
  deadlineEmailMessages[p.locale].overdue.subject(
    p.unitName,
    quarterName(p),
    commonMessages[p.locale].daysOverdue(p.daysOverdue),
  );

/** After the due date: to the division head, and the same notice as a copy to the head. */
export function OverdueEmail(p: OverdueEmailProps) {
  const m = deadlineEmailMessages[p.locale].overdue;
  const quarter = quarterName(p);
  const due = formatDateTime(p.dueAt, p.timeZone, p.locale);
  const escalation =
    p.audience === 'head'
      ? m.escalated(p.divisionHeadNames.join(', ') || m.nobody)
      : p.headNames.length > 0
        ? m.copied(p.headNames.join(', '))
        : undefined;
  return (
    <EmailLayout {...p} preview={overdueSubject(p)} heading={m.heading(quarter)}>
      <Text>{m.intro(p.unitName, quarter, due)}</Text>
      <Facts rows={[[m.late, commonMessages[p.locale].daysOverdue(p.daysOverdue)]]} />
      {escalation ? <Text>{escalation}</Text> : null}
      {p.emptyIndicators.length > 0 ? (
        <>
          <Text>{m.empty}</Text>
          <Bullets items={p.emptyIndicators} />
        </>
      ) : null}
      <Action href={p.formUrl}>{m.action}</Action>
    </EmailLayout>
  );
}
