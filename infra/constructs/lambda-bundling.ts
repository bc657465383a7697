import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type BuildOptions, buildSync } from 'esbuild';
import { apiDocumentFile } from '../../functions/api/serve-api-document.js';
import { type LambdaBundle, projectRoot } from '../lambda-entries.js';

/** The Node.js major every function runs (infra/constructs/node-function.ts); the bundle targets it. */
const lambdaNodeTarget = 'node24';

/**
 * How every Capaian function is bundled, exported so the tests and the bench build exactly what
 * deploys: minified ESM split into chunks. What a function imports lazily (the report renderers,
 * the SDK's credential chains, the email renderer) is a chunk of its own that a cold start neither
 * parses nor runs; one file would make V8 read all of it at every start and esbuild wrap every
 * module reachable from a lazy import in an initialiser (docs/ARCHITECTURE.md, Lean Lambdas).
 * The chunks sit beside index.mjs, so `import.meta.url` and `__dirname` name the same folder in each.
 */
export const bundling = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: lambdaNodeTarget,
  splitting: true,
  entryNames: 'index',
  chunkNames: '[name]-[hash]',
  outExtension: { '.js': '.mjs' },
  mainFields: ['module', 'main'],
  // Some CommonJS dependencies call require() or read files beside __dirname; an ESM bundle has
  // neither unless we make them. Every chunk carries this line and a start runs a dozen or more
  // chunks, few of which require anything: `require` is made at its first call, and nothing is
  // imported for it (docs/ARCHITECTURE.md, Lean Lambdas).
  banner: {
    js: [
      'const __filename = import.meta.filename;',
      'const __dirname = import.meta.dirname;',
      'let __chunkRequire;',
      "function require(id) { __chunkRequire ??= process.getBuiltinModule('node:module').createRequire(import.meta.url); return __chunkRequire(id); }",
    ].join(' '),
  },
  minify: true,
  // Packages that check NODE_ENV (React) ship their production build only, and run it.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  sourcemap: true,
  // Stack traces need the mappings, not a second copy of the sources in the zip.
  sourcesContent: false,
  // The SDK is bundled rather than taken from the runtime: the deployed code then runs the versions
  // package-lock.json pins and the tests exercised.
  absWorkingDir: projectRoot,
  logLevel: 'warning',
} as const satisfies BuildOptions;

/**
 * Bundles one function into `outputDir` (index.mjs, its chunks, their maps) and writes beside it
 * what it reads from disk:
 * - the PDF fonts: pdfkit reads its standard fonts' metrics from `<bundle dir>/data` and
 *   functions/reports/pdf/pdf-fonts.ts looks for Roboto in `<bundle dir>/fonts/Roboto`;
 * - the API document, built from the routes now so that no start of the function builds it
 *   (functions/api/serve-api-document.ts reads it).
 */
export function bundleLambda(bundle: LambdaBundle, outputDir: string): void {
  buildSync({ ...bundling, entryPoints: [bundle.entry], outdir: outputDir });
  if (bundle.pdfFonts) {
    cpSync(join(projectRoot, 'node_modules/pdfkit/js/data'), join(outputDir, 'data'), { recursive: true });
    mkdirSync(join(outputDir, 'fonts'), { recursive: true });
    cpSync(join(projectRoot, 'node_modules/pdfmake/fonts/Roboto'), join(outputDir, 'fonts/Roboto'), {
      recursive: true,
    });
  }
  if (bundle.apiDocument) {
    const written = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'functions/api/write-api-document.ts', join(outputDir, apiDocumentFile)],
      { cwd: projectRoot, encoding: 'utf8' },
    );
    if (written.status !== 0) throw new Error(`writing the API document: ${written.stderr}`);
  }
}
