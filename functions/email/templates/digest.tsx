import { Link, Section, Text } from '@react-email/components';
import { commonMessages } from '../../../shared/messages/common.js';
import type { TTimeZone } from '../../../shared/model/organisation.js';
import type { TQuarter } from '../../../shared/model/quarter.js';
import { formatDateTime } from '../format.js';
import { EmailLayout, type TEmailBase } from './layout.js';

/** One pending part in a digest: before its due date, or overdue (maybe as the head's copy). */
export type TDigestItem = {
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

const text = {
  id: {
    subject: (n: number, late: number) =>
      late > 0 ? `${n} laporan kinerja menunggu, ${late} lewat batas waktu` : `${n} laporan kinerja menunggu`,
    heading: 'Laporan kinerja yang belum dikirim',
    intro: 'Bagian laporan berikut belum dikirim untuk verifikasi:',
    due: (at: string) => `batas waktu ${at}`,
    asHead: 'salinan untuk Kepala Dinas',
    open: 'Buka formulir',
    footer: 'Pengingat dapat dimatikan di halaman profil Anda; pemberitahuan keterlambatan tetap dikirim.',
  },
  en: {
    subject: (n: number, late: number) =>
      late > 0 ? `${n} performance reports pending, ${late} overdue` : `${n} performance reports pending`,
    heading: 'Performance reports not yet submitted',
    intro: 'These report parts have not been submitted for verification yet:',
    due: (at: string) => `due ${at}`,
    asHead: 'copy for the head of agency',
    open: 'Open the form',
    footer: 'You can turn reminders off on your profile page; overdue notices are still sent.',
  },
};

export const digestSubject = (p: DigestEmailProps): string =>
  text[p.locale].subject(p.items.length, p.items.filter((i) => i.kind === 'overdue').length);

function status(item: TDigestItem, p: DigestEmailProps): string {
  const t = text[p.locale];
  if (item.kind === 'reminder') return commonMessages[p.locale].daysLeft(item.daysLeft);
  const late = commonMessages[p.locale].daysOverdue(item.daysOverdue);
  return item.asHead ? `${late}, ${t.asHead}` : late;
}

/** Several pending parts for one recipient in one email, instead of one email each. */
export function DigestEmail(p: DigestEmailProps) {
  const t = text[p.locale];
  return (
    <EmailLayout {...p} preview={digestSubject(p)} heading={t.heading} footerNote={t.footer}>
      <Text>{t.intro}</Text>
      {p.items.map((item) => (
        <Section key={`${item.year}-${item.quarter}-${item.unitName}`} style={{ marginBottom: '12px' }}>
          <Text style={{ margin: '0', fontWeight: 'bold' }}>
            {`${item.unitName}, ${commonMessages[p.locale].quarterOfYear(item.quarter, item.year)}: ${status(item, p)}`}
          </Text>
          <Text style={{ margin: '0' }}>
            {`${t.due(formatDateTime(item.dueAt, p.timeZone, p.locale))}. `}
            <Link href={item.formUrl}>{t.open}</Link>
          </Text>
        </Section>
      ))}
    </EmailLayout>
  );
}
