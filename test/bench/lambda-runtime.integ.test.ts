import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { coldStarts } from '../../bench/cold-start.js';
import { lambdaNode } from '../../bench/lambda-node.js';
import type { BundleInfo } from '../../infra/bundle-report.js';

// Node 24 and AWS's runtime interface client, fetched once into node_modules/.cache.
const node = lambdaNode();
const folders = mkdtempSync(join(tmpdir(), 'capaian-runtime-test-'));
afterAll(() => rmSync(folders, { recursive: true, force: true }));

/** A bundle of one hand-written index.mjs, as the bench gets it from the stack's build. */
function bundle(name: string, code: string, handler = 'index.handler'): BundleInfo {
  const folder = join(folders, name);
  mkdirSync(folder);
  writeFileSync(join(folder, 'index.mjs'), code);
  const size = Buffer.byteLength(code);
  return {
    name: 'minimal',
    entry: join(folder, 'index.mjs'),
    file: join(folder, 'index.mjs'),
    bytes: size,
    startBytes: size,
    gzipBytes: size,
    sourceMapBytes: 0,
    memorySize: 128,
    environment: {},
    handler,
    logFormat: 'JSON',
  };
}

// Answers 200 only to the invocation handed over, with the context Lambda's runtime builds.
const answering = `
export const handler = async (event, context) => ({
  statusCode: event.rawPath === '/' && context.awsRequestId === 'bench' && context.getRemainingTimeInMillis() > 0
    && context.memoryLimitInMB === '128' && typeof awslambda.streamifyResponse === 'function' ? 200 : 500,
});`;

describe('a cold start in the bench, behind Lambda’s runtime client', () => {
  it('loads the handler the template names, answers the first request and measures the init apart from it', () => {
    const [started] = coldStarts(
      [{ bundle: bundle('answering', answering), firstRequest: { rawPath: '/' } }],
      node,
      1,
    );
    const cold = started?.cold;
    expect(cold?.initCpuMs).toBeGreaterThan(0);
    expect(cold?.firstAnswerCpuMs).toBeGreaterThanOrEqual(cold?.initCpuMs ?? Number.NaN);
    expect(cold?.rssMb).toBeGreaterThan(0);
    // The bare import beside it, in its own process.
    expect(cold?.bare.cpuMs).toBeGreaterThan(0);
  });

  it('fails when the first answer is an error (a 5xx, an exception, a batch item failed)', () => {
    for (const code of [
      'export const handler = async () => ({ statusCode: 502 });',
      "export const handler = async () => { throw new Error('no'); };",
      "export const handler = async () => ({ batchItemFailures: [{ itemIdentifier: '1' }] });",
    ]) {
      const failing = bundle(`failing-${code.length}`, code);
      expect(() => coldStarts([{ bundle: failing, firstRequest: { Records: [] } }], node, 1)).toThrow(
        /the first invocation failed/,
      );
    }
  });

  it('starts a function without invoking it when there is no first request', () => {
    const [started] = coldStarts(
      [{ bundle: bundle('not-invoked', 'export const handler = async () => { throw new Error(); };') }],
      node,
      1,
    );
    expect(started?.cold.initCpuMs).toBeGreaterThan(0);
    expect(started?.cold.firstAnswerCpuMs).toBeUndefined();
  });

  it('fails a bundle whose handler setting Lambda could not load', () => {
    expect(() => coldStarts([{ bundle: bundle('misnamed', answering, 'index.main') }], node, 1)).toThrow(
      /did not start behind the runtime client[\s\S]*Runtime\.HandlerNotFound/,
    );
    expect(() => coldStarts([{ bundle: bundle('elsewhere', answering, 'lambda.handler') }], node, 1)).toThrow(
      /did not start behind the runtime client[\s\S]*Runtime\.ImportModuleError/,
    );
  });

  it('fails a bundle that imports a package it does not carry (no node_modules beside /var/task)', () => {
    const importing = bundle('importing', `import 'hono';\n${answering}`);
    expect(() => coldStarts([{ bundle: importing }], node, 1)).toThrow(/Cannot find package 'hono'/);
  });
});
