import { Link, Text } from '@react-email/components';
import { commonMessages } from '../../../shared/messages/common.js';
import type { TTimeZone } from '../../../shared/model/organisation.js';
import type { TQuarter } from '../../../shared/model/quarter.js';
import { formatDateTime } from '../format.js';
import { Bullets } from './blocks.js';
import { EmailLayout, type TEmailBase } from './layout.js';

export type QuarterSignedOffEmailProps = TEmailBase & {
  year: number;
  quarter: TQuarter;
  signedOffByName: string;
  signedOffAt: string;
  timeZone: TTimeZone;
  /** The generated report files, e.g. "Tabel Capaian Kinerja Triwulan (PDF)". */
  files: { label: string; url: string }[];
};

const text = {
  id: {
    subject: (quarter: string) => `Laporan kinerja ${quarter} telah ditandatangani`,
    heading: (quarter: string) => `Laporan kinerja ${quarter} telah ditandatangani`,
    intro: (who: string, at: string) =>
      `${who} menandatangani laporan triwulan ini pada ${at}. Laporan kini dikunci.`,
    files: 'Berkas laporan:',
  },
  en: {
    subject: (quarter: string) => `Performance report ${quarter} signed off`,
    heading: (quarter: string) => `Performance report ${quarter} signed off`,
    intro: (who: string, at: string) => `${who} signed off this quarter's report on ${at}. It is now locked.`,
    files: 'Report files:',
  },
};

export const quarterSignedOffSubject = (p: QuarterSignedOffEmailProps): string =>
  text[p.locale].subject(commonMessages[p.locale].quarterOfYear(p.quarter, p.year));

/** The head signed off the quarter: to everyone in the agency, with the report files. */
export function QuarterSignedOffEmail(p: QuarterSignedOffEmailProps) {
  const t = text[p.locale];
  const quarter = commonMessages[p.locale].quarterOfYear(p.quarter, p.year);
  return (
    <EmailLayout {...p} preview={quarterSignedOffSubject(p)} heading={t.heading(quarter)}>
      <Text>{t.intro(p.signedOffByName, formatDateTime(p.signedOffAt, p.timeZone, p.locale))}</Text>
      <Text>{t.files}</Text>
      <Bullets
        items={p.files.map((file) => (
          <Link key={file.url} href={file.url}>
            {file.label}
          </Link>
        ))}
      />
    </EmailLayout>
  );
}
