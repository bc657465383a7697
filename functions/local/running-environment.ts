import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';

/** The file in the data folder where a running `npm start` leaves the environment of its parts. */
export const runningEnvironmentFile = 'running-environment.json';

/** The environment of the `npm start` running on this data folder, or undefined when none runs. */
export function readRunningEnvironment(dataDir: string): Record<string, string> | undefined {
  try {
    return z
      .record(z.string(), z.string())
      .parse(JSON.parse(readFileSync(join(dataDir, runningEnvironmentFile), 'utf8')));
  } catch {
    return undefined;
  }
}
