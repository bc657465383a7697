import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { bundling } from '../infra/constructs/lambda-bundling.js';

const outDir = mkdtempSync(join(tmpdir(), 'capaian-source-stack-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('a stack trace logged from a minified bundle', () => {
  it('names the TypeScript file and line, in index.mjs and in a chunk, reading the source maps only then', async () => {
    // As infra bundles a function: minified ESM chunks, each with a map beside it and no sources in it.
    await build({
      ...bundling,
      entryPoints: [join(import.meta.dirname, 'source-stack.fixture.ts')],
      outdir: outDir,
      logLevel: 'silent',
    });
    const run = spawnSync(process.execPath, [join(outDir, 'index.mjs')], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('functions/source-stack.fixture-step.ts:3:');
    expect(run.stdout).toContain('functions/source-stack.fixture.ts:6:');
    expect(run.stdout).not.toMatch(/\.mjs:\d+:/);
  });
});
