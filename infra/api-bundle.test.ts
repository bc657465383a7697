import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { lambdaEntries, projectRoot } from './lambda-entries.js';
import { synthTestStack } from './synth-test-stack.js';

const apiModule = 'functions/api/app.ts';
const localServerModule = 'functions/local/server.ts';

/** The project files (not packages) in the API bundle CDK built, read from its source map. */
function bundledProjectFiles(): string[] {
  const { app, template } = synthTestStack({ bundle: true });
  const assembly = app.synth();
  const [lambda] = Object.values(template.findResources('AWS::Lambda::Function'));
  const assetDir = join(assembly.directory, z.string().parse(lambda?.Metadata['aws:asset:path']));
  try {
    const map = z
      .object({ sources: z.array(z.string()) })
      .parse(JSON.parse(readFileSync(join(assetDir, 'index.mjs.map'), 'utf8')));
    return map.sources
      .map((source) => relative(projectRoot, resolve(assetDir, source)))
      .filter((file) => !file.includes('node_modules'));
  } finally {
    rmSync(assembly.directory, { recursive: true, force: true });
  }
}

describe('API bundle', () => {
  it('is built from functions/api/lambda.ts', () => {
    expect(relative(projectRoot, lambdaEntries.api)).toBe('functions/api/lambda.ts');
    expect(existsSync(lambdaEntries.api)).toBe(true);
  });

  it('contains the Hono app the local server serves', async () => {
    const bundled = bundledProjectFiles();
    expect(bundled).toContain('functions/api/lambda.ts');
    expect(bundled).toContain(apiModule);

    const local = await build({
      entryPoints: [join(projectRoot, localServerModule)],
      absWorkingDir: projectRoot,
      bundle: true,
      packages: 'external',
      write: false,
      metafile: true,
      platform: 'node',
      format: 'esm',
    });
    const localImports = local.metafile.inputs[localServerModule]?.imports.map((i) => i.path);
    expect(localImports).toContain(apiModule);
  });
});
