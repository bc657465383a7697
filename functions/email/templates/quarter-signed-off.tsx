import { Link, Text } from '@react-email/components';
import { emailMessages } from '../../../shared/messages/email.js';
import type { TTimeZone } from '../../../shared/model/organisation.js';
import { formatDateTime } from '../format.js';
import { Bullets } from './blocks.js';
import { EmailLayout, quarterName, type TQuarterEmailBase } from './layout.js';

export type QuarterSignedOffEmailProps = TQuarterEmailBase & {
  signedOffByName: string;
  signedOffAt: string;
  timeZone: TTimeZone;
  /** The generated report files, e.g. "Tabel Capaian Kinerja Triwulan (PDF)". */
  files: { label: string; url: string }[];
};

export const quarterSignedOffSubject = (p: QuarterSignedOffEmailProps): string =>
  emailMessages[p.locale].quarterSignedOff.subject(quarterName(p));

/** The head signed off the quarter: to everyone in the agency, with the report files. */
export function QuarterSignedOffEmail(p: QuarterSignedOffEmailProps) {
  const m = emailMessages[p.locale].quarterSignedOff;
  const quarter = quarterName(p);
  return (
    <EmailLayout {...p} preview={quarterSignedOffSubject(p)} heading={m.heading(quarter)}>
      <Text>{m.intro(p.signedOffByName, formatDateTime(p.signedOffAt, p.timeZone, p.locale))}</Text>
      <Text>{m.files}</Text>
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
