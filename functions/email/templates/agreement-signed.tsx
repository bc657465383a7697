import { Text } from '@react-email/components';
import { commonMessages } from '../../../shared/messages/common.js';
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

const text = {
  id: {
    subject: (pk: string) => `${pk} telah ditandatangani`,
    intro: (who: string, pk: string, at: string) => `${who} menandatangani ${pk} pada ${at}.`,
    effective: (quarter: string) =>
      `Perjanjian ini berlaku mulai ${quarter}; triwulan sebelumnya tetap diukur dengan target lama.`,
    action: 'Lihat perjanjian kinerja',
  },
  en: {
    subject: (pk: string) => `${pk} signed`,
    intro: (who: string, pk: string, at: string) => `${who} signed the ${pk} on ${at}.`,
    effective: (quarter: string) =>
      `It is in force from ${quarter}; earlier quarters keep the targets they were measured against.`,
    action: 'View the agreement',
  },
};

export const agreementSignedSubject = (p: AgreementSignedEmailProps): string =>
  text[p.locale].subject(commonMessages[p.locale].agreement(p.year, p.version));

/** The head signed the agreement: to the planner who prepared it. */
export function AgreementSignedEmail(p: AgreementSignedEmailProps) {
  const t = text[p.locale];
  const pk = commonMessages[p.locale].agreement(p.year, p.version);
  const from = p.effectiveFromQuarter;
  return (
    <EmailLayout {...p} preview={agreementSignedSubject(p)} heading={agreementSignedSubject(p)}>
      <Text>{t.intro(p.signedByName, pk, formatDateTime(p.signedAt, p.timeZone, p.locale))}</Text>
      {p.version > 1 && from ? (
        <Text>{t.effective(commonMessages[p.locale].quarterOfYear(from, p.year))}</Text>
      ) : null}
      <Action href={p.agreementUrl}>{t.action}</Action>
    </EmailLayout>
  );
}
