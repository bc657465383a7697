import { Text } from '@react-email/components';
import { commonMessages } from '../../../shared/messages/common.js';
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

const text = {
  id: {
    subject: (quarter: string) => `Siap ditandatangani: laporan kinerja ${quarter}`,
    heading: (quarter: string) => `Laporan kinerja ${quarter} siap ditandatangani`,
    intro: (n: number) => `Seluruh ${n} bagian laporan telah diverifikasi:`,
    next: 'Setelah ditandatangani, laporan triwulan dikunci dan berkas laporannya dibuat.',
    action: 'Periksa dan tandatangani',
  },
  en: {
    subject: (quarter: string) => `Ready for sign-off: performance report ${quarter}`,
    heading: (quarter: string) => `Performance report ${quarter} is ready for sign-off`,
    intro: (n: number) => `All ${n} report parts have been verified:`,
    next: 'Once signed off, the quarter is locked and its report files are generated.',
    action: 'Review and sign off',
  },
};

export const quarterReadySubject = (p: QuarterReadyEmailProps): string =>
  text[p.locale].subject(commonMessages[p.locale].quarterOfYear(p.quarter, p.year));

/** Every part is verified: to the head, who signs off the quarter. */
export function QuarterReadyEmail(p: QuarterReadyEmailProps) {
  const t = text[p.locale];
  return (
    <EmailLayout
      {...p}
      preview={quarterReadySubject(p)}
      heading={t.heading(commonMessages[p.locale].quarterOfYear(p.quarter, p.year))}
    >
      <Text>{t.intro(p.unitNames.length)}</Text>
      <Bullets items={p.unitNames} />
      <Text>{t.next}</Text>
      <Action href={p.signOffUrl}>{t.action}</Action>
    </EmailLayout>
  );
}
