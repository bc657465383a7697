import { Button, Section, Text } from '@react-email/components';
import type { ReactNode } from 'react';

const styles = {
  button: {
    backgroundColor: '#1d4ed8',
    color: '#ffffff',
    padding: '10px 18px',
    borderRadius: '4px',
    fontWeight: 'bold',
    textDecoration: 'none',
  },
  fact: { margin: '0 0 4px' },
  item: { margin: '0 0 4px', whiteSpace: 'pre-line' },
  quote: { borderLeft: '3px solid #cbd2d9', paddingLeft: '12px', margin: '0 0 12px', whiteSpace: 'pre-line' },
} as const;

/** The one thing to do, as a button; the plain-text part shows its address. */
export const Action = ({ href, children }: { href: string; children: string }) => (
  <Section style={{ margin: '20px 0' }}>
    <Button href={href} style={styles.button}>
      {children}
    </Button>
  </Section>
);

/** Label and value pairs (quarter, unit, due date …), one line each, in both parts alike. */
export const Facts = ({ rows }: { rows: [label: string, value: string][] }) => (
  <Section style={{ margin: '0 0 12px' }}>
    {rows.map(([label, value]) => (
      <Text key={label} style={styles.fact}>
        {`${label}: `}
        <strong>{value}</strong>
      </Text>
    ))}
  </Section>
);

/** A bulleted list; table-free so both the HTML and the text part read well. */
export const Bullets = ({ items }: { items: ReactNode[] }) => (
  <Section>
    {items.map((item, i) => (
      // biome-ignore lint/suspicious/noArrayIndexKey: a static list rendered once
      <Text key={i} style={styles.item}>
        {typeof item === 'string' ? `• ${item}` : ['• ', item]}
      </Text>
    ))}
  </Section>
);

/** A reviewer's words, kept as written (line breaks included). */
export const Quote = ({ children }: { children: string }) => <Text style={styles.quote}>{children}</Text>;

/** A reviewer's overall comment under its label; nothing where they wrote none. */
export const Comment = ({ label, text }: { label: string; text: string }) =>
  text ? (
    <>
      <Text>{label}</Text>
      <Quote>{text}</Quote>
    </>
  ) : null;
