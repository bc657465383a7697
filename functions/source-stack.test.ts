import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';

const outDir = mkdtempSync(join(tmpdir(), 'capaian-source-stack-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('a stack trace logged from a minified bundle', () => {
  it('names the TypeScript file and line, reading the source map only then', async () => {
    const outfile = join(outDir, 'index.mjs');
    // As infra bundles a function: minified ESM with a map beside it and no sources in it.
    await build({
      entryPoints: [join(import.meta.dirname, 'source-stack.fixture.ts')],
      outfile,
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'node',
      sourcemap: true,
      sourcesContent: false,
      logLevel: 'silent',
    });
    const run = spawnSync(process.execPath, [outfile], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('functions/source-stack.fixture.ts:5:');
    expect(run.stdout).not.toContain('index.mjs:1:');
  });
});
