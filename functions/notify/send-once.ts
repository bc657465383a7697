import type { TUser } from '../../shared/model/organisation.js';
import type { TOutboxRun } from '../../shared/model/outbox.js';
import { claimSend, settleSend } from '../db/sent-markers.js';
import { deliverEmail } from '../email/deliver-email.js';
import type { TEmail } from '../email/render-email.js';
import { log } from '../log.js';
import { putMetric } from '../metrics.js';

export type SendOnceOptions = {
  /** What makes this email unique: sent at most once per key. */
  key: string;
  to: TUser[];
  cc?: TUser[];
  email: TEmail;
  /** The attempt sending it: its moment, and until when its claim holds. */
  run: TOutboxRun;
};

/** Another run holds the email's claim and may be sending it: this attempt must not count it done. */
class EmailClaimHeldError extends Error {
  constructor(key: string, run: TOutboxRun) {
    super(`email ${key} is being sent by another run (as of ${run.now}); tried again later`);
    this.name = 'EmailClaimHeldError';
  }
}

/**
 * Renders and sends an email unless one with the same key was sent. A failure releases the claim
 * and is rethrown (the event is tried again); a claim another run holds is an error too, so the
 * event waits and looks again rather than counting the email done.
 */
export async function sendOnce(options: SendOnceOptions): Promise<'sent' | 'skipped'> {
  const { key, run } = options;
  const claim = await claimSend(key, { at: run.now, leaseUntil: run.leaseUntil });
  if (claim === 'sent') return 'skipped';
  if (claim === 'in-progress') throw new EmailClaimHeldError(key, run);
  try {
    await deliverEmail(options.email, {
      to: options.to.map((u) => u.email),
      cc: options.cc?.map((u) => u.email),
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await settleSend(key, run.leaseUntil, { status: 'failed', error: message });
    putMetric('emailsFailed', 1);
    log.warn('email failed', { emailKey: key, template: options.email.template, error: message });
    throw error;
  }
  await settleSend(key, run.leaseUntil, { status: 'sent' });
  putMetric('emailsSent', 1);
  return 'sent';
}
