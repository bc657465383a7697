import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as z from 'zod';
import { originSecretHeader } from '../functions/api/origin-header.js';
import type { BundleInfo } from '../infra/bundle-report.js';
import { lambdaNodeFlags } from './lambda-node.js';
import { runtimeArguments, runtimeEnvironment, runtimeFolder } from './lambda-runtime.js';
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

// The bare import: a process that imports the bundle and nothing else, then reports its whole cost
// so far. Not how Lambda starts a function (behind its runtime client: lambda-runtime.ts), kept
// beside it so that what the runtime client loads first is seen apart.
const bareProbe = `
const started = performance.now();
const bundle = await import(process.argv[1]);
if (typeof bundle.handler !== 'function') throw new Error('no handler exported');
const importMs = performance.now() - started;
const cpuMs = (({ user, system }) => (user + system) / 1000)(process.cpuUsage());
const rssKb = process.resourceUsage().maxRSS;
console.log(JSON.stringify({ importMs, cpuMs, rssKb }));
`;
const ZBareSchema = z.object({ importMs: z.number(), cpuMs: z.number(), rssKb: z.number() });
/** What the transport's stand-in records (lambda-runtime/rapid-client-stand-in.cjs). */
const ZRuntimeRecordSchema = z.object({
  initMs: z.number(),
  initCpuMs: z.number(),
  initRssKb: z.number(),
  firstAnswerCpuMs: z.number().optional(),
  answer: z.string().optional(),
  error: z.string().optional(),
});
type TRuntimeRecord = z.infer<typeof ZRuntimeRecordSchema>;
const ZAnswerSchema = z.looseObject({
  statusCode: z.number().optional(),
  batchItemFailures: z.array(z.unknown()).optional(),
});

/**
 * The stand-in's record of one start behind the runtime client, refused when the function did not
 * start (the client could not load its handler: an init error, the process ended) or its first
 * invocation failed (an error, a 5xx, a batch item failed).
 */
export function runtimeRecord(
  result: { status: number | null; stdout: string; stderr: string },
  invocation?: object,
): TRuntimeRecord {
  const last = result.stdout.trim().split('\n').at(-1) ?? '';
  if (result.status !== 0 || !last.startsWith('{"initMs"'))
    throw new Error(
      // The client logs its init error to stdout, then fails to post it to the Runtime API (stderr).
      `the function did not start behind the runtime client (exit ${result.status}): ${result.stdout}${result.stderr}`,
    );
  const record = ZRuntimeRecordSchema.parse(JSON.parse(last));
  if (invocation === undefined) return record;
  if (record.error !== undefined) throw new Error(`the first invocation failed: ${record.error}`);
  if (record.answer === undefined) throw new Error('the first invocation was not answered');
  const answer = ZAnswerSchema.parse(JSON.parse(record.answer));
  if ((answer.statusCode ?? 200) >= 500 || (answer.batchItemFailures?.length ?? 0) > 0)
    throw new Error(`the first invocation failed: ${record.answer}`);
  return record;
}

/**
 * A cold start's medians. Behind Lambda's runtime client (what Lambda's init is, and what the goals
 * are judged on): the init's CPU time (Node's boot, the client's start, the handler's import) and
 * wall time, the peak RSS at its end, the CPU time through the first answer. Bare: the same bundle
 * imported by a process that loads nothing else.
 */
export type ColdStart = {
  initCpuMs: number;
  initMs: number;
  rssMb: number;
  firstAnswerCpuMs?: number;
  bare: { importMs: number; cpuMs: number; rssMb: number };
};

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
export function taskFolder(bundle: BundleInfo): { file: string; root: string; dispose: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'capaian-lambda-'));
  const task = join(root, 'var/task');
  for (let folder = dirname(task); folder !== dirname(folder); folder = dirname(folder)) {
    if (existsSync(join(folder, 'node_modules')))
      throw new Error(`${folder} has node_modules: not like /var/task`);
  }
  mkdirSync(task, { recursive: true });
  cpSync(dirname(bundle.file), task, { recursive: true });
  return {
    file: join(task, 'index.mjs'),
    root,
    dispose: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** A bundle to start cold, and what to answer first once it has started. */
export type ColdStartCase = { bundle: BundleInfo; firstRequest?: object };

/**
 * For each case, medians over `runs` rounds of fresh processes of `node` (Lambda's Node major) with
 * the function's own environment (NODE_OPTIONS as deployed) and the flags Lambda's runtime gives its
 * memory size: one started as Lambda starts it, Lambda's runtime client from `<tmp>/var/runtime`
 * loading the handler the template names from `<tmp>/var/task` and answering the first request (if
 * any), and one importing the bundle bare. The cases take turns, one process of each per round, so
 * that a load that changes while the bench runs weighs on all of them alike and their ratios hold.
 */
export function coldStarts(
  cases: ColdStartCase[],
  node: string,
  runs: number,
): (ColdStartCase & { cold: ColdStart })[] {
  const started: (ColdStartCase &
    ReturnType<typeof taskFolder> & {
      runtime: ReturnType<typeof runtimeFolder>;
      bare: z.infer<typeof ZBareSchema>[];
      behind: TRuntimeRecord[];
    })[] = [];
  try {
    for (const c of cases) {
      const folders = taskFolder(c.bundle);
      started.push({
        ...c,
        ...folders,
        runtime: runtimeFolder(join(folders.root, 'var/runtime')),
        bare: [],
        behind: [],
      });
    }
    for (let round = 0; round < runs; round++) {
      for (const { bundle, firstRequest, file, runtime, bare, behind } of started) {
        const flags = lambdaNodeFlags(bundle.memorySize);
        const environment = { PATH: process.env.PATH, ...configuration, ...bundle.environment };
        const behindRuntime = spawnSync(node, [...flags, ...runtimeArguments(runtime, firstRequest)], {
          cwd: dirname(file),
          env: {
            ...environment,
            ...runtimeEnvironment(bundle, { task: dirname(file), runtime: dirname(runtime.index) }),
          },
          encoding: 'utf8',
        });
        try {
          behind.push(runtimeRecord(behindRuntime, firstRequest));
        } catch (error) {
          throw new Error(`starting the ${bundle.name} bundle: ${(error as Error).message}`);
        }
        const alone = spawnSync(node, [...flags, '--input-type=module', '-e', bareProbe, file], {
          cwd: dirname(file),
          env: environment,
          encoding: 'utf8',
        });
        if (alone.status !== 0) throw new Error(`importing the ${bundle.name} bundle: ${alone.stderr}`);
        bare.push(ZBareSchema.parse(JSON.parse(alone.stdout.trim().split('\n').at(-1) ?? '')));
      }
    }
    const median = (values: number[]) =>
      quantile(
        values.sort((a, b) => a - b),
        0.5,
      );
    return started.map(({ bundle, firstRequest, bare, behind }) => ({
      bundle,
      firstRequest,
      cold: {
        initCpuMs: median(behind.map((s) => s.initCpuMs)),
        initMs: median(behind.map((s) => s.initMs)),
        rssMb: median(behind.map((s) => s.initRssKb / 1024)),
        ...(firstRequest && {
          firstAnswerCpuMs: median(behind.map((s) => s.firstAnswerCpuMs ?? Number.NaN)),
        }),
        bare: {
          importMs: median(bare.map((s) => s.importMs)),
          cpuMs: median(bare.map((s) => s.cpuMs)),
          rssMb: median(bare.map((s) => s.rssKb / 1024)),
        },
      },
    }));
  } finally {
    for (const { dispose } of started) dispose();
  }
}
