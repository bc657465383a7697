import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { failFastClientOptions } from '../aws-client-options.js';
import { systemClock } from '../clock.js';
import { config } from '../config.js';
import type { TRenderedEmail } from './render-email.js';

export type TOutgoingEmail = TRenderedEmail & { to: string[]; cc?: string[] };

// Adaptive retries back off when SES throttles (its sending rate is per second); only jobs send,
// so more attempts than a request could wait for.
const ses = config.MAIL_OUTBOX_DIR
  ? undefined
  : new SESv2Client({
      ...failFastClientOptions,
      region: config.AWS_REGION,
      maxAttempts: 6,
      retryMode: 'adaptive',
    });

/** Sends an email through SES, or locally writes it to the outbox folder as HTML, text and JSON. */
export async function sendEmail(email: TOutgoingEmail): Promise<void> {
  if (config.MAIL_OUTBOX_DIR) return writeToOutbox(config.MAIL_OUTBOX_DIR, email);
  await ses?.send(
    new SendEmailCommand({
      FromEmailAddress: config.MAIL_FROM,
      Destination: { ToAddresses: email.to, CcAddresses: email.cc },
      ConfigurationSetName: config.SES_CONFIGURATION_SET,
      Content: {
        Simple: {
          Subject: { Data: email.subject, Charset: 'UTF-8' },
          Body: {
            Html: { Data: email.html, Charset: 'UTF-8' },
            Text: { Data: email.text, Charset: 'UTF-8' },
          },
        },
      },
    }),
  );
}

async function writeToOutbox(folder: string, email: TOutgoingEmail): Promise<void> {
  await mkdir(folder, { recursive: true });
  const sentAt = systemClock.now();
  const stamp = sentAt.replace(/[:.]/g, '-');
  const recipient = (email.to[0] ?? 'unknown').replace(/[^a-z0-9@.-]/gi, '_');
  const name = `${stamp}--${recipient}--${Math.random().toString(36).slice(2, 8)}`;
  const { html, text, ...meta } = email;
  await Promise.all([
    writeFile(join(folder, `${name}.html`), html),
    writeFile(join(folder, `${name}.txt`), text),
    writeFile(
      join(folder, `${name}.json`),
      JSON.stringify({ ...meta, from: config.MAIL_FROM, sentAt }, null, 2),
    ),
  ]);
}
