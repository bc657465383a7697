/**
 * `npm run reminders -- --at <ISO date-time> [--port 3000]`: one reminder sweep as of that moment,
 * run by the local server started with `npm start` (which owns DynamoDB Local's data).
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';

const { values } = parseArgs({ options: { at: { type: 'string' }, port: { type: 'string' } } });
const options = z
  .object({
    at: z.iso.datetime({ offset: true }).optional(),
    port: z.coerce.number().int().min(1).max(65535),
  })
  .safeParse({ at: values.at, port: values.port ?? process.env.PORT ?? 3000 });
if (!options.success) {
  console.error('Usage: npm run reminders -- --at 2026-04-07T08:00:00+08:00 [--port 3000]');
  console.error(
    options.error.issues.map((issue) => `  --${issue.path.join('.')}: ${issue.message}`).join('\n'),
  );
  process.exit(2);
}

const url = `http://127.0.0.1:${options.data.port}/api/dev/reminders/sweep`;
const response = await fetch(url, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ at: options.data.at }),
}).catch(() => undefined);
if (!response) {
  console.error(`Capaian is not running on port ${options.data.port}: start it with \`npm start\` first.`);
  process.exit(1);
}
const result = await response.json();
if (!response.ok) {
  console.error(result);
  process.exit(1);
}
console.log(`Sweep as of ${options.data.at ?? 'now'}:`, result);
console.log("The emails are in the outbox folder (see `npm start`'s banner) and on the Outbox page.");
