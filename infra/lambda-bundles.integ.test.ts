import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { apiDocumentFile } from '../functions/api/serve-api-document.js';
import { buildLambdaBundles, staticallyImported } from './bundle-report.js';
import { bundling } from './constructs/lambda-bundling.js';
import { type LambdaName, lambdaBundles, projectRoot } from './lambda-entries.js';

const ZDocumentSchema = z.object({ openapi: z.literal('3.1.0'), paths: z.record(z.string(), z.unknown()) });

/**
 * Each Lambda wraps a module the local runtime runs too; the bundle must contain that module and
 * the local file must import it, so what runs on `npm start` is what deploys.
 */
const sharedWithLocal: Record<LambdaName, { module: string; localFile: string }> = {
  api: { module: 'functions/api/app.ts', localFile: 'functions/local/server.ts' },
  outbox: {
    module: 'functions/outbox/process-outbox-event.ts',
    localFile: 'functions/outbox/drain-outbox.ts',
  },
  reminders: {
    module: 'functions/reminders/fan-out-sweep.ts',
    localFile: 'functions/reminders/run-sweep.ts',
  },
  remindersWorker: {
    module: 'functions/reminders/sweep-agencies.ts',
    localFile: 'functions/reminders/run-sweep.ts',
  },
  workbook: {
    module: 'functions/workbook/handle-workbook-request.ts',
    localFile: 'functions/local/server.ts',
  },
  migrations: { module: 'functions/migrations/run-migrations.ts', localFile: 'functions/local/start.ts' },
};

// The real CDK bundling (the functions' assets, esbuild), once for the file: a few seconds per bundle.
const report = buildLambdaBundles({ yardsticks: false });
afterAll(() => report.dispose());

/** index.mjs and its chunks: every file of code in the bundle's folder. */
const codeFiles = (file: string) =>
  readdirSync(dirname(file))
    .filter((name) => name.endsWith('.mjs'))
    .map((name) => join(dirname(file), name));

/** The files a bundle was built from, read from the source maps of index.mjs and its chunks. */
function bundledSources(file: string): string[] {
  return codeFiles(file).flatMap(
    (code) =>
      z.object({ sources: z.array(z.string()) }).parse(JSON.parse(readFileSync(`${code}.map`, 'utf8')))
        .sources,
  );
}

/** The project files (not packages) a bundle was built from. */
function bundledProjectFiles(file: string): string[] {
  return bundledSources(file)
    .map((source) => relative(projectRoot, resolve(dirname(file), source)))
    .filter((path) => !path.includes('node_modules'));
}

/** The project modules `file` imports, statically or dynamically. */
async function localImports(file: string): Promise<string[]> {
  const result = await build({
    entryPoints: [join(projectRoot, file)],
    absWorkingDir: projectRoot,
    bundle: true,
    packages: 'external',
    write: false,
    metafile: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'silent',
  });
  return Object.keys(result.metafile.inputs);
}

it('gives each function its own bundle (CDK caches assets by their options, alike for all)', () => {
  expect(new Set(report.bundles.map((bundle) => dirname(bundle.file))).size).toBe(report.bundles.length);
});

describe.each(Object.keys(sharedWithLocal) as LambdaName[])('the %s bundle', (name) => {
  const bundle = report.bundles.find((b) => b.name === name);
  const { module, localFile } = sharedWithLocal[name];

  it('is built from its entry in functions/', () => {
    expect(bundle?.entry).toBe(lambdaBundles[name].entry);
    expect(bundledProjectFiles(bundle?.file ?? '')).toContain(
      relative(projectRoot, lambdaBundles[name].entry),
    );
  });

  it(`contains ${module}, which the local runtime runs too`, async () => {
    expect(bundledProjectFiles(bundle?.file ?? '')).toContain(module);
    expect(await localImports(localFile)).toContain(module);
  });

  it('carries no development builds of its packages (NODE_ENV is production)', () => {
    expect(bundledSources(bundle?.file ?? '').filter((source) => source.includes('.development.'))).toEqual(
      [],
    );
  });

  it('is minified ESM, index.mjs and its chunks, each with a source map and no sources in it', () => {
    const files = codeFiles(bundle?.file ?? '');
    expect(files).toContain(bundle?.file);
    for (const file of files) {
      const code = readFileSync(file, 'utf8');
      expect(code.startsWith(bundling.banner.js)).toBe(true);
      expect(code).toMatch(
        new RegExp(`//# sourceMappingURL=${basename(file).replace('.', '\\.')}\\.map\\s*$`),
      );
      expect(readFileSync(`${file}.map`, 'utf8')).not.toContain('"sourcesContent"');
    }
  });

  // A start runs a dozen or more chunks and few of them require anything: the line each begins
  // with imports no module and makes `require` at its first call (lambda-bundling.ts).
  it('begins each chunk with a line that imports nothing', () => {
    for (const file of codeFiles(bundle?.file ?? '')) {
      expect(readFileSync(file, 'utf8').split('\n')[0]).not.toMatch(/\bimport\b(?![.(])/);
    }
  });
});

describe.each(['api', 'outbox', 'reminders', 'remindersWorker', 'workbook', 'migrations'] as const)(
  'the %s bundle',
  (name) => {
    // One `import { z } from 'zod'` (or @hono/zod-openapi, which extends the whole z) brings back
    // zod's 40 locales, about 260 KB (docs/ARCHITECTURE.md, Lean Lambdas).
    it("carries none of zod's locales but its default English", () => {
      const sources = bundledSources(report.bundles.find((b) => b.name === name)?.file ?? '');
      const locales = sources.filter((source) => /zod\/v4\/locales\/(?!index)/.test(source));
      expect(locales.map((source) => source.replace(/.*\/locales\//, ''))).toEqual(['en.js']);
    });
  },
);

/**
 * What each function loads only when it needs it (docs/ARCHITECTURE.md, Lean Lambdas): at a cold
 * start these would be read and compiled, and the clients built, for requests and events that
 * mostly need none of them.
 */
// The model's schemas (zod builds each at load) and what reads records with them.
const handlingCode = [/shared\/model\//, /functions\/db\/entities\.ts/];
// zod's classic API and its schemas' methods: what a start validates (the configuration) uses zod/mini.
const zodClassic = /zod\/v4\/classic\//;

const loadedLazily: Partial<Record<LambdaName, RegExp[]>> = {
  // Each group of routes (functions/api/route-groups.ts) with its handlers, use cases and schemas.
  api: [
    /@aws-sdk\/client-s3\//,
    /s3-request-presigner/,
    /@aws-sdk\/client-lambda\//,
    /functions\/api\/routes\//,
    /functions\/(agreement|quarter|region|performance|evidence|report-files|system)\//,
    zodClassic,
  ],
  outbox: [
    /@aws-sdk\/client-sesv2\//,
    /@aws-sdk\/client-cognito-identity-provider\//,
    /\/react-dom\//,
    /html-to-text/,
    /\/(exceljs|docx|pdfmake|pdfkit|fontkit)\//,
    ...handlingCode,
    zodClassic,
  ],
  reminders: [/@aws-sdk\/client-sqs\//, ...handlingCode, zodClassic],
  remindersWorker: [/@aws-sdk\/client-sesv2\//, /\/react-dom\//, /html-to-text/, ...handlingCode, zodClassic],
};

describe.each(Object.entries(loadedLazily))('a cold start of the %s bundle', (name, lazyModules = []) => {
  it(`reads none of ${lazyModules.map(String).join(', ')}`, () => {
    const file = report.bundles.find((b) => b.name === name)?.file ?? '';
    const atStart = staticallyImported(dirname(file), 'index.mjs').flatMap(
      (chunk) =>
        z
          .object({ sources: z.array(z.string()) })
          .parse(JSON.parse(readFileSync(join(dirname(file), `${chunk}.map`), 'utf8'))).sources,
    );
    expect(atStart.length).toBeGreaterThan(0);
    for (const lazy of lazyModules) expect(atStart.filter((source) => lazy.test(source))).toEqual([]);
    // Still in the bundle, for when it is needed.
    for (const lazy of lazyModules)
      expect(bundledSources(file).some((source) => lazy.test(source))).toBe(true);
  });

  // node:module reads a logged error's source map (functions/source-stack.ts); loading it costs a start 0,6 ms.
  it('imports no node:module', () => {
    const dir = dirname(report.bundles.find((b) => b.name === name)?.file ?? '');
    const imports = staticallyImported(dir, 'index.mjs').flatMap((chunk) =>
      [...readFileSync(join(dir, chunk), 'utf8').matchAll(/from\s*"(node:module)"/g)].map(([, id]) => id),
    );
    expect(imports).toEqual([]);
  });
});

describe('the api bundle', () => {
  const file = report.bundles.find((b) => b.name === 'api')?.file ?? '';

  it('serves the API document built when it was bundled, beside it', async () => {
    const built = ZDocumentSchema.parse(
      JSON.parse(readFileSync(join(dirname(file), apiDocumentFile), 'utf8')),
    );
    const { buildApiDocument } = await import('../functions/api/openapi-document.js');
    expect(built).toEqual(ZDocumentSchema.parse(JSON.parse(JSON.stringify(buildApiDocument()))));
    expect(Object.keys(built.paths)).toContain('/api/health');
  });

  // Issue 16: the API starts on every request's cold path; workbooks are read by their own function.
  it('carries no exceljs: uploaded workbooks are read by the workbook function', () => {
    const sources = bundledSources(file);
    expect(sources.filter((source) => /node_modules\/(exceljs|jszip)\//.test(source))).toEqual([]);
    expect(sources.some((source) => source.includes('@aws-sdk/client-lambda'))).toBe(true);
  });

  it('carries no @hono/zod-openapi: its routes are validated with zod alone (functions/api/router.ts)', () => {
    expect(bundledSources(file).filter((source) => source.includes('@hono/zod-openapi'))).toEqual([]);
  });
});
