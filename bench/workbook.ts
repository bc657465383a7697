import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { CreateBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import * as z from 'zod';
import { freePort } from '../functions/local/ports.js';
import { startS3Server } from '../functions/local/s3-server.js';
import { buildLambdaBundles } from '../infra/bundle-report.js';
import { formatNumber } from '../shared/calc/format.js';
import { configuration, taskFolder } from './cold-start.js';
import { lambdaNode, lambdaNodeFlags } from './lambda-node.js';
import { type BenchRow, quantile } from './measure.js';
import { type TWorkbookCase, workbookCases } from './workbook-cases.js';

// Imports the bundle as Lambda's init does, runs the requests (cold: with the import), then the warm
// ones (the same, but where a refused file, deleted once refused, is read again from its copy).
const probe = `
const [file, requests, warmRequests, refused] = [process.argv[1], JSON.parse(process.argv[2]), JSON.parse(process.argv[3]), process.argv[4]];
const started = performance.now();
const { handler } = await import(file);
const run = async (requests) => {
  for (const request of requests) {
    const answer = await handler(request);
    if (answer && answer.kind !== 'workbook' && answer.problem?.code !== refused) throw new Error(JSON.stringify(answer));
  }
};
await run(requests);
const coldMs = performance.now() - started;
const coldCpu = process.cpuUsage();
const warmStarted = performance.now();
const cpuBefore = process.cpuUsage();
await run(warmRequests);
const cpu = process.cpuUsage(cpuBefore);
const warmMs = performance.now() - warmStarted;
console.log(JSON.stringify({ coldMs, coldCpuMs: (coldCpu.user + coldCpu.system) / 1000, warmMs, warmCpuMs: (cpu.user + cpu.system) / 1000, rssKb: process.resourceUsage().maxRSS }));
`;
const ZProbeSchema = z.object({
  coldMs: z.number(),
  coldCpuMs: z.number(),
  warmMs: z.number(),
  warmCpuMs: z.number(),
  rssKb: z.number(),
});

const s = (ms: number) => `${formatNumber(ms / 1000, { decimals: 2 })} s`;
const median = (values: number[]) =>
  quantile(
    [...values].sort((a, b) => a - b),
    0.5,
  );

/** A bucket of a local S3 server, where the function reads a case's files as on AWS. */
async function caseBucket() {
  const folder = mkdtempSync(join(tmpdir(), 'capaian-bench-workbook-'));
  const server = await startS3Server({ port: await freePort(), directory: folder });
  const s3 = new S3Client({
    endpoint: server.endpoint,
    region: configuration.AWS_REGION,
    forcePathStyle: true,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  });
  const Bucket = configuration.EVIDENCE_BUCKET;
  await s3.send(new CreateBucketCommand({ Bucket }));
  const store = async (files: TWorkbookCase['files']) => {
    for (const [Key, Body] of Object.entries(files))
      await s3.send(new PutObjectCommand({ Bucket, Key, Body }));
  };
  return {
    endpoint: server.endpoint,
    store,
    dispose: async () => {
      await server.stop();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/**
 * The workbook function as deployed (its bundle, imported by Lambda's Node from a /var/task-like
 * folder with the flags Lambda's runtime gives its memory size, reading and writing a local S3
 * server): for each case, medians over `runs` fresh processes of the first call with the import
 * (a cold start's) and of a warm one, and the peak RSS beside the memory size the stack sets.
 */
export async function benchWorkbook(runs: number): Promise<BenchRow[]> {
  const cases = await workbookCases();
  const bucket = await caseBucket();
  const report = buildLambdaBundles({ names: ['workbook'], yardsticks: false });
  const [bundle] = report.bundles;
  if (!bundle) throw new Error('the workbook bundle was not built');
  const { file, dispose } = taskFolder(bundle);
  try {
    const node = lambdaNode();
    const rows: BenchRow[] = [];
    // One process at a time, awaited: the S3 server answering them runs in this process.
    for (const { name, files, requests, warmRequests = requests, goal, refused = '' } of cases) {
      const samples: z.infer<typeof ZProbeSchema>[] = [];
      for (let run = 0; run < runs; run++) {
        // Each run reads the case's files afresh: the function deletes an upload it refuses.
        await bucket.store(files);
        const { stdout } = await promisify(execFile)(
          node,
          [
            ...lambdaNodeFlags(bundle.memorySize),
            '--input-type=module',
            '-e',
            probe,
            file,
            JSON.stringify(requests),
            JSON.stringify(warmRequests),
            refused,
          ],
          {
            cwd: dirname(file),
            env: {
              PATH: process.env.PATH,
              ...configuration,
              ...bundle.environment,
              S3_ENDPOINT: bucket.endpoint,
              AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
            },
            encoding: 'utf8',
            maxBuffer: 64 * 1024 * 1024,
          },
        ).catch((error: unknown) => {
          throw new Error(`the workbook function on ${name}: ${String(error)}`);
        });
        samples.push(ZProbeSchema.parse(JSON.parse(stdout.trim().split('\n').at(-1) ?? '')));
      }
      const benchmark = `workbook function: ${name}`;
      rows.push(
        {
          benchmark,
          figure: `cold: Node's boot, import and first call: time (CPU), median of ${runs}`,
          value: `${s(median(samples.map((x) => x.coldMs)))} (${s(median(samples.map((x) => x.coldCpuMs)))})`,
          goal,
        },
        {
          benchmark,
          figure: 'warm: time (CPU)',
          value: `${s(median(samples.map((x) => x.warmMs)))} (${s(median(samples.map((x) => x.warmCpuMs)))})`,
        },
        {
          benchmark,
          figure: 'peak RSS (memory size)',
          value: `${formatNumber(median(samples.map((x) => x.rssKb)) / 1024, { decimals: 0 })} MB (${formatNumber(bundle.memorySize)} MB)`,
        },
      );
    }
    return rows;
  } finally {
    dispose();
    report.dispose();
    await bucket.dispose();
  }
}
