import { Text } from '@react-email/components';
import { commonMessages } from '../../../shared/messages/common.js';
import type { TTimeZone } from '../../../shared/model/organisation.js';
import type { TQuarter } from '../../../shared/model/quarter.js';
import { formatDateTime } from '../format.js';
import { Action, Bullets, Facts } from './blocks.js';
import { EmailLayout, type TEmailBase } from './layout.js';

export type ReminderEmailProps = TEmailBase & {
  year: number;
  quarter: TQuarter;
  unitName: string;
  dueAt: string;
  timeZone: TTimeZone;
  /** Local calendar days to the due date: 0 on the due day. */
  daysLeft: number;
  /** Names of the unit's indicators with no realisation yet. */
  emptyIndicators: string[];
  formUrl: string;
};

const text = {
  id: {
    subject: (quarter: string, left: string) => `Pengingat: laporan kinerja ${quarter} jatuh tempo ${left}`,
    heading: (quarter: string) => `Laporan kinerja ${quarter} belum dikirim`,
    intro: (unit: string, quarter: string) =>
      `Bagian laporan ${unit} untuk ${quarter} belum dikirim untuk verifikasi.`,
    quarter: 'Triwulan',
    unit: 'Unit',
    due: 'Batas waktu',
    left: 'Sisa waktu',
    empty: (n: number) => `Indikator yang belum diisi (${n}):`,
    allFilled: 'Semua indikator sudah terisi; tinggal kirim bagian laporan ini.',
    action: 'Buka formulir laporan',
    footer: 'Pengingat ini dapat dimatikan di halaman profil Anda.',
  },
  en: {
    subject: (quarter: string, left: string) => `Reminder: performance report ${quarter} due ${left}`,
    heading: (quarter: string) => `Performance report ${quarter} not yet submitted`,
    intro: (unit: string, quarter: string) =>
      `The ${unit} part of the ${quarter} report has not been submitted yet.`,
    quarter: 'Quarter',
    unit: 'Unit',
    due: 'Due',
    left: 'Time left',
    empty: (n: number) => `Indicators still empty (${n}):`,
    allFilled: 'All indicators are filled in; the part only needs submitting.',
    action: 'Open the report form',
    footer: 'You can turn these reminders off on your profile page.',
  },
};

/** "3 hari lagi" reads as the subject's tail; the due day itself is "hari ini". */
export const reminderSubject = (p: ReminderEmailProps): string =>
  text[p.locale].subject(
    commonMessages[p.locale].quarterOfYear(p.quarter, p.year),
    commonMessages[p.locale].daysLeft(p.daysLeft),
  );

/** Before the due date, to a division head whose part is still draft or returned. */
export function ReminderEmail(p: ReminderEmailProps) {
  const t = text[p.locale];
  const quarter = commonMessages[p.locale].quarterOfYear(p.quarter, p.year);
  return (
    <EmailLayout {...p} preview={reminderSubject(p)} heading={t.heading(quarter)} footerNote={t.footer}>
      <Text>{t.intro(p.unitName, quarter)}</Text>
      <Facts
        rows={[
          [t.quarter, quarter],
          [t.unit, p.unitName],
          [t.due, formatDateTime(p.dueAt, p.timeZone, p.locale)],
          [t.left, commonMessages[p.locale].daysLeft(p.daysLeft)],
        ]}
      />
      {p.emptyIndicators.length > 0 ? (
        <>
          <Text>{t.empty(p.emptyIndicators.length)}</Text>
          <Bullets items={p.emptyIndicators} />
        </>
      ) : (
        <Text>{t.allFilled}</Text>
      )}
      <Action href={p.formUrl}>{t.action}</Action>
    </EmailLayout>
  );
}
