import { execFile } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { promisify } from 'node:util';
import { marshall } from '@aws-sdk/util-dynamodb';
import * as z from 'zod';
import { systemClock } from '../functions/clock.js';
import { putItems } from '../functions/db/batch.js';
import { agreementEntity, outboxEntity, partEntity } from '../functions/db/entities.js';
import { getOutboxRecord } from '../functions/db/outbox.js';
import { createTableIfMissing } from '../functions/db/table.js';
import { readYear } from '../functions/db/year.js';
import { seedDemoDataIfEmpty } from '../functions/local/seed-demo.js';
import { createBucketsIfMissing } from '../functions/s3/buckets.js';
import { type BundleInfo, buildLambdaBundles } from '../infra/bundle-report.js';
import { formatNumber } from '../shared/calc/format.js';
import { outboxState, type TOutboxEvent } from '../shared/model/outbox.js';
import type { TAgreementRecord, TPartRecord } from '../shared/model/records.js';
import { maxActivities } from '../shared/model/rupiah.js';
import { seedAgency } from '../shared/seed/organisation.js';
import { configuration, taskFolder } from './cold-start.js';
import { lambdaNode, lambdaNodeFlags } from './lambda-node.js';
import { type BenchRow, quantile } from './measure.js';

export type BenchReportsOptions = {
  /** Also an agency with as many times the seed's activities as an agreement may hold. */ scaled: boolean;
  /** Fresh processes for each, medians. */ runs: number;
  /** Where each process writes a V8 CPU profile at its exit (`--cpu-prof`); none when absent. */
  cpuProfileDir?: string;
};

// Imports the bundle as Lambda's init does and hands it the events one stream record at a time,
// twice (cold, then warm). A file's time runs from its event's start or the file before it to the
// moment it is made (functions/reports/report-sets.ts tells of each): the first of an event carries
// the year's reading and tables; what follows the last (storing it, the event's end) is in the totals.
const probe = `
import { subscribe } from 'node:diagnostics_channel';
const [file, runs] = [process.argv[1], JSON.parse(process.argv[2])];
const now = () => ({ ms: performance.now(), cpuMs: (({ user, system }) => (user + system) / 1000)(process.cpuUsage()), peakMb: process.resourceUsage().maxRSS / 1024 });
const since = (from, to = now()) => ({ ms: to.ms - from.ms, cpuMs: to.cpuMs - from.cpuMs, raisedMb: to.peakMb - from.peakMb });
let files;
let mark;
subscribe('capaian:report-file-made', ({ format, kind }) => {
  const at = now();
  files.push({ format, kind, ...since(mark, at) });
  mark = at;
});
const { handler } = await import(file);
const measured = [];
for (const records of runs) {
  files = [];
  const begun = now();
  for (const record of records) {
    mark = now();
    const { batchItemFailures } = await handler({ Records: [record] }, { awsRequestId: 'bench' });
    if (batchItemFailures.length > 0) throw new Error('the outbox failed an event');
  }
  // The first run's totals from the process's start: Node's boot and the import, as a cold start pays them.
  measured.push({ ...(measured.length === 0 ? since({ ms: 0, cpuMs: 0, peakMb: 0 }) : since(begun)), files });
}
console.log(JSON.stringify({ runs: measured, peakMb: process.resourceUsage().maxRSS / 1024 }));
`;

const ZSpanSchema = z.object({ ms: z.number(), cpuMs: z.number(), raisedMb: z.number() });
const ZRunSchema = ZSpanSchema.extend({
  files: z.array(ZSpanSchema.extend({ format: z.enum(['pdf', 'docx', 'xlsx']), kind: z.string() })),
});
const ZProbeSchema = z.object({ runs: z.tuple([ZRunSchema, ZRunSchema]), peakMb: z.number() });
type TProbe = z.infer<typeof ZProbeSchema>;

/** The seed year's events that make all its files, as the planner's regeneration queues them. */
function yearEvents(version: number): TOutboxEvent[] {
  return ([0, 1, 2, 3, 4] as const).map((quarter) => ({
    id: systemClock.newId(),
    kind: 'reports.regenerate',
    agencyId: seedAgency.id,
    year: 2019,
    createdAt: '2020-01-15T09:00:00+08:00',
    payload: { quarter, version, locale: 'id' },
  }));
}

let nextVersion = 1000;

/** The memory size issue 16 asks the report files to fit in; the probe runs with its heap limits. */
const goalMemorySize = 512;

/** One fresh process of the outbox's bundle making the year's files twice, from events stored as the API stores them. */
async function probeYear(
  bundle: BundleInfo,
  file: string,
  node: string,
  cpuProfileDir: string | undefined,
): Promise<TProbe> {
  const runs = [yearEvents(nextVersion++), yearEvents(nextVersion++)];
  await putItems(runs.flat().map(outboxEntity.item));
  const records = runs.map((events) =>
    events.map((event) => ({
      eventName: 'INSERT',
      dynamodb: { NewImage: marshall(outboxEntity.item(event), { removeUndefinedValues: true }) },
    })),
  );
  const { stdout } = await promisify(execFile)(
    node,
    [
      ...lambdaNodeFlags(goalMemorySize),
      ...(cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${resolve(cpuProfileDir)}`] : []),
      '--input-type=module',
      '-e',
      probe,
      file,
      JSON.stringify(records),
    ],
    {
      cwd: dirname(file),
      env: {
        PATH: process.env.PATH,
        ...configuration,
        ...bundle.environment,
        DYNAMODB_ENDPOINT: process.env.DYNAMODB_ENDPOINT,
        S3_ENDPOINT: process.env.S3_ENDPOINT,
        // The bench stack's patience with a busy DynamoDB Local, not a Lambda's 3 s.
        AWS_REQUEST_TIMEOUT_MS: process.env.AWS_REQUEST_TIMEOUT_MS,
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  ).catch((error: unknown) => {
    throw new Error(`the outbox making the report files: ${String(error)}`);
  });
  // A handler's failure is recorded on its event (to be retried), not returned to the stream.
  for (const event of runs.flat()) {
    const record = await getOutboxRecord(event.id);
    if (!record || outboxState(record) !== 'processed') {
      throw new Error(`the outbox left ${event.kind} ${event.id} unprocessed: ${record?.lastError}`);
    }
  }
  return ZProbeSchema.parse(JSON.parse(stdout.trim().split('\n').at(-1) ?? ''));
}

/** The stored 2019 with every activity repeated `times` (new codes and indicator ids), its parts to match. */
function scaledYear(agreements: TAgreementRecord[], parts: TPartRecord[], times: number) {
  const copies = Array.from({ length: times }, (_, i) => i);
  const id = (i: number, original: string) => (i === 0 ? original : `${original}-x${i}`);
  return [
    ...agreements.map((record) =>
      agreementEntity.item({
        ...record,
        agreement: {
          ...record.agreement,
          activities: copies.flatMap((i) =>
            record.agreement.activities.map((a) => ({
              ...a,
              code: i === 0 ? a.code : `${a.code}.${i}`,
              indicators: a.indicators.map((indicator) => ({ ...indicator, id: id(i, indicator.id) })),
            })),
          ),
        },
      }),
    ),
    ...parts.map((record) =>
      partEntity.item({
        ...record,
        content: {
          ...record.content,
          realisations: copies.flatMap((i) =>
            record.content.realisations.map((r) => ({ ...r, indicatorId: id(i, r.indicatorId) })),
          ),
        },
      }),
    ),
  ];
}

const s = (ms: number) => `${formatNumber(ms / 1000, { decimals: 2 })} s`;
const median = (values: number[]) =>
  quantile(
    [...values].sort((a, b) => a - b),
    0.5,
  );
const formats = ['pdf', 'docx', 'xlsx'] as const;

/** The rows of one agency's year: medians over the processes. */
function yearRows(benchmark: string, probes: TProbe[], memorySize: number, seed: boolean): BenchRow[] {
  const spans = (pick: (probe: TProbe) => { ms: number; cpuMs: number }[]) => {
    const sums = probes.map((probe) =>
      pick(probe).reduce((sum, span) => ({ ms: sum.ms + span.ms, cpuMs: sum.cpuMs + span.cpuMs }), {
        ms: 0,
        cpuMs: 0,
      }),
    );
    return `${s(median(sums.map((x) => x.ms)))} (${s(median(sums.map((x) => x.cpuMs)))})`;
  };
  const warmFiles = (probe: TProbe) => probe.runs[1].files;
  const all = probes[0]?.runs[1].files.length ?? 0;
  const withoutE81 = (probe: TProbe) => warmFiles(probe).filter((file) => file.kind !== 'e81');
  // Which files raise the peak: each one's rise of the process's maximum, over both runs.
  const raised = (format: string) =>
    median(
      probes.map((probe) =>
        probe.runs
          .flatMap((run) => run.files)
          .reduce((mb, f) => mb + (f.format === format ? f.raisedMb : 0), 0),
      ),
    );
  return [
    {
      benchmark,
      figure: `cold: Node's boot, import and all ${all} files: time (CPU)`,
      value: spans((probe) => [probe.runs[0]]),
    },
    {
      benchmark,
      figure: `warm: all ${all} files, the handler's time (CPU)`,
      value: spans((p) => [p.runs[1]]),
    },
    {
      benchmark,
      figure: `warm: the ${probes[0] ? withoutE81(probes[0]).length : 0} files but Tabel E.81's: time (CPU)`,
      value: spans(withoutE81),
      goal: seed ? '≤ 1 s' : undefined,
    },
    ...formats.map((format) => ({
      benchmark,
      figure: `warm: the ${probes[0] ? warmFiles(probes[0]).filter((f) => f.format === format).length : 0} ${format.toUpperCase()} files: time (CPU); peak RSS raised`,
      value: `${spans((probe) => warmFiles(probe).filter((f) => f.format === format))}; ${formatNumber(raised(format), { decimals: 0 })} MB`,
    })),
    {
      benchmark,
      figure: `peak RSS, with a ${goalMemorySize} MB function's heap limits (the outbox's memory size)`,
      value: `${formatNumber(median(probes.map((probe) => probe.peakMb)), { decimals: 0 })} MB (${formatNumber(memorySize)} MB)`,
      goal: seed ? '≤ 256 MB' : undefined,
    },
  ];
}

/**
 * The outbox as deployed making every report file of the seed year (bench stack's DynamoDB Local
 * and S3 server, set in the environment): its bundle, imported by Lambda's Node from a
 * /var/task-like folder with the flags Lambda's runtime sets for a 512 MB function, handed the five regeneration events of 2019 as stream records, twice in
 * each fresh process (cold, then warm). Time and CPU time of the handler, in all, without Tabel
 * E.81's files (the 53 issue 16 measured) and per format, the peak RSS and what each format
 * raised it by. With `scaled`, the same for the year with the seed's activities repeated as often
 * as an agreement's limit of activities allows.
 */
export async function benchReports(options: BenchReportsOptions): Promise<BenchRow[]> {
  await createTableIfMissing();
  await createBucketsIfMissing();
  await seedDemoDataIfEmpty();
  const report = buildLambdaBundles({ names: ['outbox'], yardsticks: false });
  const [bundle] = report.bundles;
  if (!bundle) throw new Error('the outbox bundle was not built');
  const { file, dispose } = taskFolder(bundle);
  try {
    const node = lambdaNode();
    const probes = async () => {
      const found: TProbe[] = [];
      // One process at a time, awaited: the S3 server answering them runs in this process.
      for (let run = 0; run < options.runs; run++)
        found.push(await probeYear(bundle, file, node, options.cpuProfileDir));
      return found;
    };
    const rows = yearRows(
      'report files, seed year (2019), outbox bundle',
      await probes(),
      bundle.memorySize,
      true,
    );
    if (!options.scaled) return rows;
    const stored = await readYear(seedAgency.id, 2019);
    const activities = Math.max(...stored.agreements.map((record) => record.agreement.activities.length));
    const times = Math.floor(maxActivities / activities);
    await putItems(scaledYear(stored.agreements, stored.parts, times));
    try {
      const scaled = await probes();
      return [
        ...rows,
        ...yearRows(
          `report files, ${times}× the seed’s activities (${times * activities} of ${maxActivities} allowed)`,
          scaled,
          bundle.memorySize,
          false,
        ),
      ];
    } finally {
      await putItems([...stored.agreements.map(agreementEntity.item), ...stored.parts.map(partEntity.item)]);
    }
  } finally {
    dispose();
    report.dispose();
  }
}
