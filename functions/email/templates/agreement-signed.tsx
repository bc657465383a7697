import { Text } from '@react-email/components';
import { commonMessages } from '../../../shared/messages/common.js';
import { emailMessages } from '../../../shared/messages/email.js';
import type { TTimeZone } from '../../../shared/model/organisation.js';
import type { TQuarter } from '../../../shared/model/quarter.js';
import { formatDateTime } from '../format.js';
import { Action } from './blocks.js';
import { EmailLayout, type TEmailBase } from './layout.js';

export type AgreementSignedEmailProps = TEmailBase & {
  year: number;
  version: number;
  signedByName: string;
  signedAt: string;
  timeZone: TTimeZone;
  /** A revision is in force from this quarter; earlier quarters keep their targets. */
  effectiveFromQuarter?: TQuarter;
  agreementUrl: string;
};

export const agreementSignedSubject = (p: AgreementSignedEmailProps): string =>
  emailMessages[p.locale].agreementSigned.subject(commonMessages[p.locale].agreement(p.year, p.version));

/** The head signed the agreement: to the planner who prepared it. */
export function AgreementSignedEmail(p: AgreementSignedEmailProps) {
  const m = emailMessages[p.locale].agreementSigned;
  const pk = commonMessages[p.locale].agreement(p.year, p.version);
  const from = p.effectiveFromQuarter;
  return (
    <EmailLayout {...p} preview={agreementSignedSubject(p)} heading={agreementSignedSubject(p)}>
      <Text>{m.intro(p.signedByName, pk, formatDateTime(p.signedAt, p.timeZone, p.locale))}</Text>
      {p.version > 1 && from ? (
        <Text>{m.effective(commonMessages[p.locale].quarterOfYear(from, p.year))}</Text>
      ) : null}
      <Action href={p.agreementUrl}>{m.action}</Action>
    </EmailLayout>
  );
}
