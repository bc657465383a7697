import { Body, Container, Head, Heading, Hr, Html, Preview, Text } from '@react-email/components';
import type { ReactNode } from 'react';
import type { TLocale } from '../../../shared/i18n.js';
import { commonMessages } from '../../../shared/messages/common.js';
import { emailMessages } from '../../../shared/messages/email.js';
import type { TQuarter } from '../../../shared/model/quarter.js';

/** What every email carries: who it is for, in which language, from which agency. */
export type TEmailBase = {
  locale: TLocale;
  agencyName: string;
  recipientName: string;
};

/** What an email about a quarter carries besides: the quarter and its year. */
export type TQuarterEmailBase = TEmailBase & { year: number; quarter: TQuarter };
/** And one about a unit's part of the quarter: the unit. */
export type TPartEmailBase = TQuarterEmailBase & { unitName: string };

/** The quarter an email is about, as its language writes it ("Triwulan II 2026"). */
export const quarterName = (p: TQuarterEmailBase): string =>
  commonMessages[p.locale].quarterOfYear(p.quarter, p.year);

export type EmailLayoutProps = TEmailBase & {
  /** The inbox's one-line preview. */
  preview: string;
  heading: string;
  /** A line under the footer, e.g. how to turn reminders off. */
  footerNote?: string;
  children: ReactNode;
};

const styles = {
  body: { backgroundColor: '#f4f5f7', fontFamily: 'Arial, Helvetica, sans-serif', color: '#1f2933' },
  // A long address pasted into a comment or reason wraps rather than widening the e-mail past a
  // phone's screen (word-break for the clients that know no overflow-wrap).
  container: {
    backgroundColor: '#ffffff',
    margin: '24px auto',
    padding: '24px 32px',
    maxWidth: '600px',
    overflowWrap: 'anywhere',
    wordBreak: 'break-word',
  },
  agency: { fontSize: '13px', color: '#52606d', margin: '0 0 8px' },
  heading: { fontSize: '20px', margin: '0 0 16px' },
  footer: { fontSize: '12px', color: '#7b8794', margin: '4px 0' },
} as const;

/** The frame of every email: agency line, heading, greeting, content, footer. */
export function EmailLayout(props: EmailLayoutProps) {
  const { locale, agencyName, recipientName, preview, heading, footerNote, children } = props;
  return (
    <Html lang={locale}>
      <Head />
      <Preview>{preview}</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Text style={styles.agency}>{agencyName}</Text>
          <Heading as="h1" style={styles.heading}>
            {heading}
          </Heading>
          <Text>{emailMessages[locale].layout.greeting(recipientName)}</Text>
          {children}
          <Hr />
          <Text style={styles.footer}>{emailMessages[locale].layout.footer(agencyName)}</Text>
          {footerNote ? <Text style={styles.footer}>{footerNote}</Text> : null}
        </Container>
      </Body>
    </Html>
  );
}
