import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { config } from '../../functions/config.js';

export type TSentEmail = { to: string[]; subject: string };

/** The emails the local sender wrote to the mail outbox folder, which is emptied after the calling file. */
export function withMailOutbox(): () => TSentEmail[] {
  const outbox = config.MAIL_OUTBOX_DIR ?? '';
  afterAll(() => rmSync(outbox, { recursive: true, force: true }));
  return () =>
    readdirSync(outbox)
      .filter((name) => name.endsWith('.json'))
      .map((name) => JSON.parse(readFileSync(join(outbox, name), 'utf8')));
}
