import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as z from 'zod';

const ZOutboxMessageSchema = z.object({
  to: z.array(z.string()),
  cc: z.array(z.string()).optional(),
  subject: z.string(),
  from: z.string(),
  sentAt: z.string(),
});
export type TOutboxMessage = z.infer<typeof ZOutboxMessageSchema> & {
  id: string;
  text: string;
  html: string;
};

/** The emails written to the local outbox folder, newest first. */
export async function listOutboxFolder(folder: string): Promise<TOutboxMessage[]> {
  const names = await readdir(folder).catch(() => []);
  const ids = names.filter((name) => name.endsWith('.json')).map((name) => name.slice(0, -'.json'.length));
  const messages = await Promise.all(
    ids.map(async (id) => {
      const [meta, text, html] = await Promise.all(
        ['json', 'txt', 'html'].map((extension) => readFile(join(folder, `${id}.${extension}`), 'utf8')),
      );
      return {
        id,
        ...ZOutboxMessageSchema.parse(JSON.parse(meta ?? '{}')),
        text: text ?? '',
        html: html ?? '',
      };
    }),
  );
  return messages.sort((a, b) => b.sentAt.localeCompare(a.sentAt));
}
