/**
 * `npm start`: the whole product on localhost with real parts — AWS's DynamoDB Local (Java), an
 * S3-compatible server, an email outbox folder — and the demo agency's data.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as z from 'zod';
import { startClockAt } from '../clock.js';
import { assertJava, JavaMissingError, startDynamoDbLocal } from './dynamodb-local.js';
import { freePort, portIsFree } from './ports.js';
import { runningEnvironmentFile } from './running-environment.js';
import { startS3Server } from './s3-server.js';

const { values } = parseArgs({
  options: {
    reset: { type: 'boolean' },
    port: { type: 'string' },
    'data-dir': { type: 'string' },
    now: { type: 'string' },
  },
});

const options = z
  .object({
    reset: z.boolean(),
    port: z.coerce.number().int().min(1).max(65535),
    dataDir: z.string().min(1),
    /** Starts the product on another day (a moment with its offset): January's home on any day. */
    now: z.iso.datetime({ offset: true }).optional(),
  })
  .parse({
    reset: values.reset ?? process.env.CAPAIAN_RESET === '1',
    port: values.port ?? process.env.PORT ?? 3000,
    dataDir: values['data-dir'] ?? process.env.CAPAIAN_DATA_DIR ?? '.data',
    now: values.now ?? process.env.CAPAIAN_NOW,
  });
if (options.now) startClockAt(options.now);

try {
  assertJava();
} catch (error) {
  if (!(error instanceof JavaMissingError)) throw error;
  console.error(error.message);
  process.exit(1);
}

// Before Java starts and the demo data loads: a taken port would only fail once all that is done.
if (!(await portIsFree(options.port))) {
  console.error(
    `Port ${options.port} is in use: start Capaian on another, e.g. npm start -- --port ${options.port + 1}`,
  );
  process.exit(1);
}

const dataDir = resolve(options.dataDir);
if (options.reset) rmSync(dataDir, { recursive: true, force: true });
const folders = { dynamodb: `${dataDir}/dynamodb`, s3: `${dataDir}/s3`, outbox: `${dataDir}/outbox` };
for (const folder of Object.values(folders)) mkdirSync(folder, { recursive: true });

// Kept in the data folder so development sign-ins survive a restart.
const secretFile = `${dataDir}/local-auth-secret`;
if (!existsSync(secretFile)) writeFileSync(secretFile, randomBytes(32).toString('hex'), { mode: 0o600 });

const dynamodbLocal = await startDynamoDbLocal({ port: await freePort(), dbPath: folders.dynamodb });
// Should anything below throw, Java must not outlive us.
process.on('exit', () => dynamodbLocal.process.kill('SIGKILL'));
const s3Server = await startS3Server({ port: await freePort(), directory: folders.s3 });

const environment = {
  STAGE: 'local',
  TABLE_NAME: 'capaian',
  REPORTS_BUCKET: 'capaian-reports',
  EVIDENCE_BUCKET: 'capaian-evidence',
  DYNAMODB_ENDPOINT: dynamodbLocal.endpoint,
  S3_ENDPOINT: s3Server.endpoint,
  MAIL_OUTBOX_DIR: folders.outbox,
  APP_URL: `http://localhost:${options.port}`,
  AUTH_MODE: 'local',
  LOCAL_AUTH_SECRET: readFileSync(secretFile, 'utf8'),
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  // Not AWS's 3 s: DynamoDB Local shares this machine's cores with everything else on it, and on a
  // busy one a call may wait seconds for them. One that is not running still fails a request at once.
  AWS_REQUEST_TIMEOUT_MS: '20000',
};
Object.assign(process.env, environment);
// Local commands (`npm run reminders`) join the running product through this file.
const environmentFile = `${dataDir}/${runningEnvironmentFile}`;
writeFileSync(environmentFile, JSON.stringify(environment, null, 2), { mode: 0o600 });
process.on('exit', () => rmSync(environmentFile, { force: true }));

// Imported only now: the configuration is read once, from the environment set above.
const { createTableIfMissing } = await import('../db/table.js');
const { dynamodb, tableName } = await import('../db/client.js');
const { runMigrations } = await import('../migrations/run-migrations.js');
const { allowEvidenceUploadsFrom, createBucketsIfMissing } = await import('../s3/buckets.js');
const { seedDemoDataIfEmpty } = await import('./seed-demo.js');
const { serveLocal } = await import('./server.js');
const { drainOutbox } = await import('../outbox/drain-outbox.js');
const { outboxHandlers } = await import('../outbox-handlers.js');
const { runReminderSweep } = await import('../reminders/run-sweep.js');
const { runHourly } = await import('./hourly-timer.js');
const { log, withLogFields } = await import('../log.js');

await createTableIfMissing();
// As each deploy does on AWS: a data folder from older code gets the keys the code now reads.
await runMigrations(dynamodb, tableName);
await createBucketsIfMissing();
// The server answers on the loopback address by either name.
await allowEvidenceUploadsFrom(`http://localhost:${options.port}`, `http://127.0.0.1:${options.port}`);
const seeded = await seedDemoDataIfEmpty({ withReportFiles: true, withExamples: true });
const server = serveLocal({ port: options.port, webRoot: resolve('web/dist') });

// On AWS the table's stream feeds the outbox processor; locally a short poll of its index does.
let draining = false;
const outboxTimer = setInterval(async () => {
  if (draining) return;
  draining = true;
  await withLogFields({ requestId: randomUUID() }, () => drainOutbox(outboxHandlers))
    .catch((error) => log.error('outbox drain failed; retrying in a second', error))
    .finally(() => {
      draining = false;
    });
}, 1000);

console.log(
  [
    '',
    `  Capaian is running at  http://localhost:${options.port}`,
    `  API                    http://localhost:${options.port}/api  (OpenAPI: /api/openapi.json)`,
    ...(options.now
      ? [`  Clock                  started at ${options.now} (--now), running on from there`]
      : []),
    `  Data folder            ${dataDir}  (${seeded === 'seeded' ? 'demo data loaded' : 'existing data kept'}; --reset starts afresh)`,
    `  Email outbox           ${folders.outbox}`,
    `  DynamoDB Local         ${dynamodbLocal.endpoint}`,
    `  S3 server              ${s3Server.endpoint}`,
    '',
    '  Ctrl-C stops everything.',
    '',
  ].join('\n'),
);

// The reminder sweep every hour, each agency in its own sending hour, as on AWS.
const stopReminders = runHourly((at) =>
  withLogFields({ requestId: randomUUID() }, () => runReminderSweep(at.toISOString(), { scheduled: true })),
);

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping…`);
  clearInterval(outboxTimer);
  stopReminders();
  await new Promise((done) => server.close(done));
  await s3Server.stop();
  await dynamodbLocal.stop();
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
