import { Text } from '@react-email/components';
import { commonMessages } from '../../../shared/messages/common.js';
import { emailMessages } from '../../../shared/messages/email.js';
import type { TQuarter } from '../../../shared/model/quarter.js';
import { Action, Bullets } from './blocks.js';
import { EmailLayout, type TEmailBase } from './layout.js';

export type QuarterReadyEmailProps = TEmailBase & {
  year: number;
  quarter: TQuarter;
  /** The units whose verified parts make up the report. */
  unitNames: string[];
  signOffUrl: string;
};

export const quarterReadySubject = (p: QuarterReadyEmailProps): string =>
  emailMessages[p.locale].quarterReady.subject(commonMessages[p.locale].quarterOfYear(p.quarter, p.year));

/** Every part is verified: to the head, who signs off the quarter. */
export function QuarterReadyEmail(p: QuarterReadyEmailProps) {
  const m = emailMessages[p.locale].quarterReady;
  return (
    <EmailLayout
      {...p}
      preview={quarterReadySubject(p)}
      heading={m.heading(commonMessages[p.locale].quarterOfYear(p.quarter, p.year))}
    >
      <Text>{m.intro(p.unitNames.length)}</Text>
      <Bullets items={p.unitNames} />
      <Text>{m.next}</Text>
      <Action href={p.signOffUrl}>{m.action}</Action>
    </EmailLayout>
  );
}
