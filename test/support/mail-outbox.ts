import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { config } from '../../functions/config.js';

/** An email as the local sender wrote it to the mail outbox folder: its JSON and its text body. */
export type TSentEmail = { to: string[]; subject: string; text: string };

const folder = config.MAIL_OUTBOX_DIR ?? '';

/** The emails in the mail outbox folder, oldest first (file names start with the time sent). */
export function sentEmails(): TSentEmail[] {
  if (!existsSync(folder)) return [];
  const read = (name: string) => readFileSync(join(folder, name), 'utf8');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ ...JSON.parse(read(name)), text: read(name.replace(/\.json$/, '.txt')) }));
}

/** Everyone an email was sent to, once per email, sorted. */
export const sentTo = (): string[] =>
  sentEmails()
    .flatMap((email) => email.to)
    .sort();

/** Removes every email the tests sent so far. */
export const emptyMailOutbox = () => rmSync(folder, { recursive: true, force: true });

/** The emails sent, with the folder emptied after the calling file. */
export function withMailOutbox(): () => TSentEmail[] {
  afterAll(emptyMailOutbox);
  return sentEmails;
}
