import type { TEmail } from './render-email.js';
import type { TOutgoingEmail } from './send-email.js';

/**
 * Renders an email and sends it. React, react-email's HTML-to-text converter and the SES client
 * load with the first email a process sends: a start of the outbox or the reminders reads none
 * of them, and most outbox events send no email.
 */
export async function deliverEmail(
  email: TEmail,
  recipients: Pick<TOutgoingEmail, 'to' | 'cc'>,
): Promise<void> {
  const [{ renderEmail }, { sendEmail }] = await Promise.all([
    import('./render-email.js'),
    import('./send-email.js'),
  ]);
  await sendEmail({ ...(await renderEmail(email)), ...recipients });
}
