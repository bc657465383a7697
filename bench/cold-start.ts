import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as z from 'zod';
import { originSecretHeader } from '../functions/api/origin-header.js';
import type { BundleInfo } from '../infra/bundle-report.js';
import { lambdaNodeFlags } from './lambda-node.js';
import { quantile } from './measure.js';

// What the functions' configuration needs to load; nothing is called.
export const configuration = {
  TABLE_NAME: 'capaian-bench',
  REPORTS_BUCKET: 'bench-reports',
  EVIDENCE_BUCKET: 'bench-evidence',
  AWS_REGION: 'ap-southeast-3',
  AUTH_MODE: 'cognito',
  COGNITO_USER_POOL_ID: 'ap-southeast-3_bench',
  COGNITO_CLIENT_ID: 'bench',
  COGNITO_DOMAIN: 'https://bench.example',
  APP_URL: 'https://bench.example',
  MAIL_FROM: 'bench@bench.example',
  ORIGIN_SECRET: 'bench-origin-secret-bench-origin-secret',
  SWEEP_QUEUE_URL: 'https://sqs.ap-southeast-3.amazonaws.com/123456789012/bench-sweep',
};

// Imports the bundle as Lambda's runtime does, then reports the process's whole cost so far; given
// a first request, answers it too and reports the cost through its answer.
const probe = `
const started = performance.now();
const bundle = await import(process.argv[1]);
if (typeof bundle.handler !== 'function') throw new Error('no handler exported');
const importMs = performance.now() - started;
const cpuMs = (({ user, system }) => (user + system) / 1000)(process.cpuUsage());
const rssKb = process.resourceUsage().maxRSS;
let firstAnswerCpuMs;
if (process.argv[2]) {
  const answer = await bundle.handler(JSON.parse(process.argv[2]), { awsRequestId: 'bench' });
  if (answer.statusCode >= 500 || answer.batchItemFailures?.length > 0)
    throw new Error('the first request failed: ' + JSON.stringify(answer));
  firstAnswerCpuMs = (({ user, system }) => (user + system) / 1000)(process.cpuUsage());
}
console.log(JSON.stringify({ importMs, cpuMs, rssKb, firstAnswerCpuMs }));
`;
const ZProbeSchema = z.object({
  importMs: z.number(),
  cpuMs: z.number(),
  rssKb: z.number(),
  firstAnswerCpuMs: z.number().optional(),
});
type TProbe = z.infer<typeof ZProbeSchema>;

export type ColdStart = { importMs: number; cpuMs: number; rssMb: number; firstAnswerCpuMs?: number };

/** An HTTP API (payload 2.0) request as CloudFront forwards it to the API, origin secret included. */
export function httpApiRequest(path: string) {
  const headers = { host: 'bench.example', [originSecretHeader]: configuration.ORIGIN_SECRET };
  const http = { method: 'GET', path, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'bench' };
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: path,
    rawQueryString: '',
    headers,
    requestContext: { http, requestId: 'bench', stage: '$default', domainName: 'bench.example' },
    isBase64Encoded: false,
  };
}

/** Copies the bundle's folder (index.mjs, its map, fonts) to `<tmp>/var/task`, with no node_modules above it. */
export function taskFolder(bundle: BundleInfo): { file: string; dispose: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'capaian-lambda-'));
  const task = join(root, 'var/task');
  for (let folder = dirname(task); folder !== dirname(folder); folder = dirname(folder)) {
    if (existsSync(join(folder, 'node_modules')))
      throw new Error(`${folder} has node_modules: not like /var/task`);
  }
  mkdirSync(task, { recursive: true });
  cpSync(dirname(bundle.file), task, { recursive: true });
  return { file: join(task, 'index.mjs'), dispose: () => rmSync(root, { recursive: true, force: true }) };
}

/** A bundle to start cold, and what to answer first once it has started. */
export type ColdStartCase = { bundle: BundleInfo; firstRequest?: object };

/**
 * For each case, medians over `runs` fresh processes of `node` (Lambda's Node major) importing the
 * bundle with the function's own environment (NODE_OPTIONS as deployed) and the flags Lambda's runtime
 * gives its memory size: the import alone, the process's CPU time (Node's boot included, as
 * Lambda's init pays it) and its peak RSS; given a first request, the process's CPU time through
 * its answer too. The cases take turns, one process each per round, so that a load that changes
 * while the bench runs weighs on all of them alike and their ratios hold.
 */
export function coldStarts(
  cases: ColdStartCase[],
  node: string,
  runs: number,
): (ColdStartCase & { cold: ColdStart })[] {
  const started: (ColdStartCase & ReturnType<typeof taskFolder> & { samples: TProbe[] })[] = [];
  try {
    for (const c of cases) started.push({ ...c, ...taskFolder(c.bundle), samples: [] });
    for (let round = 0; round < runs; round++) {
      for (const { bundle, firstRequest, file, samples } of started) {
        const request = firstRequest ? [JSON.stringify(firstRequest)] : [];
        const flags = lambdaNodeFlags(bundle.memorySize);
        const result = spawnSync(node, [...flags, '--input-type=module', '-e', probe, file, ...request], {
          cwd: dirname(file),
          env: { PATH: process.env.PATH, ...configuration, ...bundle.environment },
          encoding: 'utf8',
        });
        if (result.status !== 0) throw new Error(`importing the ${bundle.name} bundle: ${result.stderr}`);
        samples.push(ZProbeSchema.parse(JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '')));
      }
    }
    const median = (values: number[]) =>
      quantile(
        values.sort((a, b) => a - b),
        0.5,
      );
    return started.map(({ bundle, firstRequest, samples }) => ({
      bundle,
      firstRequest,
      cold: {
        importMs: median(samples.map((s) => s.importMs)),
        cpuMs: median(samples.map((s) => s.cpuMs)),
        rssMb: median(samples.map((s) => s.rssKb / 1024)),
        ...(firstRequest && {
          firstAnswerCpuMs: median(samples.map((s) => s.firstAnswerCpuMs ?? Number.NaN)),
        }),
      },
    }));
  } finally {
    for (const { dispose } of started) dispose();
  }
}
