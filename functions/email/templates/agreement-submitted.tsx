import { Text } from '@react-email/components';
import { commonMessages } from '../../../shared/messages/common.js';
import { Action } from './blocks.js';
import { EmailLayout, type TEmailBase } from './layout.js';

export type AgreementSubmittedEmailProps = TEmailBase & {
  year: number;
  /** 1 is the PK Murni; later versions are PK Perubahan. */
  version: number;
  submittedByName: string;
  agreementUrl: string;
};

const text = {
  id: {
    subject: (pk: string) => `Menunggu tanda tangan: ${pk}`,
    heading: (pk: string) => `${pk} menunggu tanda tangan Anda`,
    intro: (who: string, pk: string) =>
      `${who} telah menyusun ${pk} dan mengajukannya untuk ditandatangani. Mohon diperiksa: sasaran, indikator, target per triwulan dan anggaran.`,
    action: 'Periksa perjanjian kinerja',
  },
  en: {
    subject: (pk: string) => `Awaiting signature: ${pk}`,
    heading: (pk: string) => `${pk} awaits your signature`,
    intro: (who: string, pk: string) =>
      `${who} has prepared the ${pk} and submitted it for signature. Please review its objectives, indicators, quarterly targets and budget.`,
    action: 'Review the agreement',
  },
};

export const agreementSubmittedSubject = (p: AgreementSubmittedEmailProps): string =>
  text[p.locale].subject(commonMessages[p.locale].agreement(p.year, p.version));

/** The planner submitted the year's agreement: to the head, who signs it. */
export function AgreementSubmittedEmail(p: AgreementSubmittedEmailProps) {
  const t = text[p.locale];
  const pk = commonMessages[p.locale].agreement(p.year, p.version);
  return (
    <EmailLayout {...p} preview={agreementSubmittedSubject(p)} heading={t.heading(pk)}>
      <Text>{t.intro(p.submittedByName, pk)}</Text>
      <Action href={p.agreementUrl}>{t.action}</Action>
    </EmailLayout>
  );
}
