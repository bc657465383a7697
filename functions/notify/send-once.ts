import type { TUser } from '../../shared/model/organisation.js';
import { claimSend, settleSend } from '../db/sent-markers.js';
import { renderEmail, type TEmail } from '../email/render-email.js';
import { sendEmail } from '../email/send-email.js';

export type SendOnceOptions = {
  /** What makes this email unique: sent at most once per key. */
  key: string;
  to: TUser[];
  cc?: TUser[];
  email: TEmail;
};

/** Renders and sends an email unless one with the same key was sent; a failure is recorded and rethrown. */
export async function sendOnce(options: SendOnceOptions): Promise<'sent' | 'skipped'> {
  if (!(await claimSend(options.key, new Date().toISOString()))) return 'skipped';
  try {
    const rendered = await renderEmail(options.email);
    await sendEmail({ ...rendered, to: options.to.map((u) => u.email), cc: options.cc?.map((u) => u.email) });
  } catch (error) {
    await settleSend(options.key, {
      status: 'failed',
      error: error instanceof Error ? error.message : String(error),
    });
    throw error;
  }
  await settleSend(options.key, { status: 'sent' });
  return 'sent';
}
