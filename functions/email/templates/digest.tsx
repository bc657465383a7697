import { Link, Section, Text } from '@react-email/components';
import { commonMessages } from '../../../shared/messages/common.js';
import { deadlineEmailMessages } from '../../../shared/messages/deadline-email.js';
import type { TTimeZone } from '../../../shared/model/organisation.js';
import type { TQuarter } from '../../../shared/model/quarter.js';
import { formatDateTime } from '../format.js';
import { EmailLayout, type TEmailBase } from './layout.js';

/** One pending part in a digest: before its due date, or overdue (maybe as the head's copy). */
type TDigestItem = {
  year: number;
  quarter: TQuarter;
  unitName: string;
  dueAt: string;
  formUrl: string;
} & ({ kind: 'reminder'; daysLeft: number } | { kind: 'overdue'; daysOverdue: number; asHead: boolean });

export type DigestEmailProps = TEmailBase & {
  timeZone: TTimeZone;
  /** Most pressing first (see digestByRecipient). */
  items: TDigestItem[];
};

export const digestSubject = (p: DigestEmailProps): string =>
  deadlineEmailMessages[p.locale].digest.subject(
    p.items.length,
    p.items.filter((i) => i.kind === 'overdue').length,
  );

function status(item: TDigestItem, p: DigestEmailProps): string {
  const m = deadlineEmailMessages[p.locale].digest;
  if (item.kind === 'reminder') return commonMessages[p.locale].daysLeft(item.daysLeft);
  const late = commonMessages[p.locale].daysOverdue(item.daysOverdue);
  return item.asHead ? `${late}, ${m.asHead}` : late;
}

/** Several pending parts for one recipient in one email, instead of one email each. */
export function DigestEmail(p: DigestEmailProps) {
  const m = deadlineEmailMessages[p.locale].digest;
  return (
    <EmailLayout {...p} preview={digestSubject(p)} heading={m.heading} footerNote={m.footer}>
      <Text>{m.intro}</Text>
      {p.items.map((item) => (
        <Section key={`${item.year}-${item.quarter}-${item.unitName}`} style={{ marginBottom: '12px' }}>
          <Text style={{ margin: '0', fontWeight: 'bold' }}>
            {`${item.unitName}, ${commonMessages[p.locale].quarterOfYear(item.quarter, item.year)}: ${status(item, p)}`}
          </Text>
          <Text style={{ margin: '0' }}>
            {`${m.due(formatDateTime(item.dueAt, p.timeZone, p.locale))}. `}
            <Link href={item.formUrl}>{m.open}</Link>
          </Text>
        </Section>
      ))}
    </EmailLayout>
  );
}
