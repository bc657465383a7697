import { render, toPlainText } from '@react-email/render';
import type { ReactElement } from 'react';
import {
  AgreementSignedEmail,
  type AgreementSignedEmailProps,
  agreementSignedSubject,
} from './templates/agreement-signed.js';
import {
  AgreementSubmittedEmail,
  type AgreementSubmittedEmailProps,
  agreementSubmittedSubject,
} from './templates/agreement-submitted.js';
import { DigestEmail, type DigestEmailProps, digestSubject } from './templates/digest.js';
import { OverdueEmail, type OverdueEmailProps, overdueSubject } from './templates/overdue.js';
import {
  PartReturnedEmail,
  type PartReturnedEmailProps,
  partReturnedSubject,
} from './templates/part-returned.js';
import {
  PartSubmittedEmail,
  type PartSubmittedEmailProps,
  partSubmittedSubject,
} from './templates/part-submitted.js';
import {
  PartVerifiedEmail,
  type PartVerifiedEmailProps,
  partVerifiedSubject,
} from './templates/part-verified.js';
import {
  QuarterReadyEmail,
  type QuarterReadyEmailProps,
  quarterReadySubject,
} from './templates/quarter-ready.js';
import {
  QuarterReviewedEmail,
  type QuarterReviewedEmailProps,
  quarterReviewedSubject,
} from './templates/quarter-reviewed.js';
import {
  QuarterSignedOffEmail,
  type QuarterSignedOffEmailProps,
  quarterSignedOffSubject,
} from './templates/quarter-signed-off.js';
import { ReminderEmail, type ReminderEmailProps, reminderSubject } from './templates/reminder.js';

/** Each template's name and the props it takes. */
type TEmailProps = {
  reminder: ReminderEmailProps;
  overdue: OverdueEmailProps;
  digest: DigestEmailProps;
  partSubmitted: PartSubmittedEmailProps;
  partReturned: PartReturnedEmailProps;
  partVerified: PartVerifiedEmailProps;
  quarterReady: QuarterReadyEmailProps;
  quarterSignedOff: QuarterSignedOffEmailProps;
  quarterReviewed: QuarterReviewedEmailProps;
  agreementSubmitted: AgreementSubmittedEmailProps;
  agreementSigned: AgreementSignedEmailProps;
};
export type TEmailTemplate = keyof TEmailProps;

/** An email to render: a template and its props, e.g. `{ template: 'reminder', props }`. */
export type TEmail<K extends TEmailTemplate = TEmailTemplate> = {
  [T in K]: { template: T; props: TEmailProps[T] };
}[K];

export type TRenderedEmail = { subject: string; html: string; text: string };

type TTemplate<P> = { element: (props: P) => ReactElement; subject: (props: P) => string };

const templates: { [K in TEmailTemplate]: TTemplate<TEmailProps[K]> } = {
  reminder: { element: (p) => <ReminderEmail {...p} />, subject: reminderSubject },
  overdue: { element: (p) => <OverdueEmail {...p} />, subject: overdueSubject },
  digest: { element: (p) => <DigestEmail {...p} />, subject: digestSubject },
  partSubmitted: { element: (p) => <PartSubmittedEmail {...p} />, subject: partSubmittedSubject },
  partReturned: { element: (p) => <PartReturnedEmail {...p} />, subject: partReturnedSubject },
  partVerified: { element: (p) => <PartVerifiedEmail {...p} />, subject: partVerifiedSubject },
  quarterReady: { element: (p) => <QuarterReadyEmail {...p} />, subject: quarterReadySubject },
  quarterSignedOff: { element: (p) => <QuarterSignedOffEmail {...p} />, subject: quarterSignedOffSubject },
  quarterReviewed: { element: (p) => <QuarterReviewedEmail {...p} />, subject: quarterReviewedSubject },
  agreementSubmitted: {
    element: (p) => <AgreementSubmittedEmail {...p} />,
    subject: agreementSubmittedSubject,
  },
  agreementSigned: { element: (p) => <AgreementSignedEmail {...p} />, subject: agreementSignedSubject },
};

/**
 * An email's subject, HTML and plain-text part. The text is derived from the rendered HTML with
 * react-email's own converter — what `render(…, { plainText: true })` does after rendering
 * again — so each email is rendered once, which counts when a sweep renders thousands.
 */
export async function renderEmail<K extends TEmailTemplate>(email: TEmail<K>): Promise<TRenderedEmail> {
  const template: TTemplate<TEmailProps[K]> = templates[email.template];
  const html = await render(template.element(email.props));
  return { subject: template.subject(email.props), html, text: toPlainText(html) };
}
