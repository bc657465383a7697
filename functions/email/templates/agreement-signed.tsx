import { Text } from '@react-email/components';
import type { TQuarter } from '../../../shared/model/quarter.js';
import { agreementLabel, formatDateTime, quarterLabel, type TTimeZone } from '../format.js';
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
  text[p.locale].subject(agreementLabel(p.year, p.version, p.locale));

/** The head signed the agreement: to the planner who prepared it. */
export function AgreementSignedEmail(p: AgreementSignedEmailProps) {
  const t = text[p.locale];
  const pk = agreementLabel(p.year, p.version, p.locale);
  const from = p.effectiveFromQuarter;
  return (
    <EmailLayout {...p} preview={agreementSignedSubject(p)} heading={agreementSignedSubject(p)}>
      <Text>{t.intro(p.signedByName, pk, formatDateTime(p.signedAt, p.timeZone, p.locale))}</Text>
      {p.version > 1 && from ? <Text>{t.effective(quarterLabel(p.year, from, p.locale))}</Text> : null}
      <Action href={p.agreementUrl}>{t.action}</Action>
    </EmailLayout>
  );
}
