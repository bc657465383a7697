import { configDefaults, defineConfig } from 'vitest/config';

// The tier of a test is in its file name: `*.test.ts` unit, `*.integ.test.ts` integration,
// `*.e2e.test.ts` browser. `npm test` runs all three; `npm run test:unit` the first alone.
const integration = '**/*.integ.test.ts';
const browser = '**/*.e2e.test.ts';

export default defineConfig({
  test: {
    // DynamoDB Local answers in ~10 ms warm but the first calls on a new table are slower.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          // No Java, no S3 server, no browser: pure code, renderers, the app without its store.
          name: 'unit',
          include: ['{shared,functions,infra,web,test}/**/*.test.{ts,tsx}'],
          exclude: [...configDefaults.exclude, integration, browser],
          setupFiles: ['test/setup-unit-env.ts'],
          // The files of a worker share its module cache: unit tests keep no state between files,
          // and importing pdfmake, exceljs, react-email and the app once per worker instead of once
          // per file cuts the tier's CPU time by about two thirds.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          // DynamoDB Local and the S3 server, started once for the run; CDK synthesis and bundling.
          name: 'integration',
          include: [integration],
          exclude: configDefaults.exclude,
          // A file's first requests load the route groups, templates and packages they need through
          // vitest's transform: alone at load 11, 16 of the 26 s of agreement-workbook's first test;
          // the API document's test 14 s alone, 1 s in a full run whose earlier files loaded the API.
          testTimeout: 60_000,
          globalSetup: ['test/global-setup.ts'],
          setupFiles: ['test/setup-env.ts'],
        },
      },
      {
        extends: true,
        test: {
          // Chromium driving the web app of a real `npm start`.
          name: 'browser',
          include: [browser],
          // One file at a time: each starts its own `npm start` (building web/dist if stale) and a
          // Chromium; two at once on a 2-core machine race the build and time out the start-up.
          fileParallelism: false,
          // Each file first waits for a real `npm start` (see test/support/local-process.ts).
          hookTimeout: 240_000,
          exclude: configDefaults.exclude,
        },
      },
    ],
  },
});
