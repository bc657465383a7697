import { join } from 'node:path';

/** The repository root: esbuild resolves imports and package-lock.json from here. */
export const projectRoot = join(import.meta.dirname, '..');

/**
 * Each Lambda's entry module. The API entry wraps the same Hono app the local server serves,
 * so what runs on `npm start` is what deploys.
 */
export const lambdaEntries = {
  api: join(projectRoot, 'functions/api/lambda.ts'),
} as const;
