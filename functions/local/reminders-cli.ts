/**
 * `npm run reminders -- --at <ISO date-time> [--data-dir .data]`: one reminder sweep as of that
 * moment, against the parts of the `npm start` running on that data folder.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as z from 'zod';
import { systemClock } from '../clock.js';
import { readRunningEnvironment } from './running-environment.js';

const { values } = parseArgs({ options: { at: { type: 'string' }, 'data-dir': { type: 'string' } } });
const options = z
  .object({ at: z.iso.datetime({ offset: true }).optional(), dataDir: z.string().min(1) })
  .safeParse({ at: values.at, dataDir: values['data-dir'] ?? process.env.CAPAIAN_DATA_DIR ?? '.data' });
if (!options.success) {
  console.error('Usage: npm run reminders -- --at 2026-04-07T08:00:00+08:00 [--data-dir .data]');
  console.error(
    options.error.issues.map((issue) => `  --${issue.path.join('.')}: ${issue.message}`).join('\n'),
  );
  process.exit(2);
}

const environment = readRunningEnvironment(resolve(options.data.dataDir));
if (!environment) {
  console.error(
    `Capaian is not running on ${resolve(options.data.dataDir)}: start it with \`npm start\` first.`,
  );
  process.exit(1);
}
Object.assign(process.env, environment);
// Imported once the environment is set: the configuration is read at import.
const { runReminderSweep } = await import('../reminders/run-sweep.js');
const at = options.data.at ?? systemClock.now();
console.log(`Sweep as of ${at}:`, await runReminderSweep(at));
console.log(`The emails are in ${environment.MAIL_OUTBOX_DIR} and on the web app's Outbox page.`);
