import { Text } from '@react-email/components';
import { emailMessages } from '../../../shared/messages/email.js';
import { Action, Bullets } from './blocks.js';
import { EmailLayout, quarterName, type TQuarterEmailBase } from './layout.js';

export type QuarterReadyEmailProps = TQuarterEmailBase & {
  /** The units whose verified parts make up the report. */
  unitNames: string[];
  signOffUrl: string;
};

export const quarterReadySubject = (p: QuarterReadyEmailProps): string =>
  emailMessages[p.locale].quarterReady.subject(quarterName(p));

/** Every part is verified: to the head, who signs off the quarter. */
export function QuarterReadyEmail(p: QuarterReadyEmailProps) {
  const m = emailMessages[p.locale].quarterReady;
  return (
    <EmailLayout {...p} preview={quarterReadySubject(p)} heading={m.heading(quarterName(p))}>
      <Text>{m.intro(p.unitNames.length)}</Text>
      <Bullets items={p.unitNames} />
      <Text>{m.next}</Text>
      <Action href={p.signOffUrl}>{m.action}</Action>
    </EmailLayout>
  );
}
