import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';
import { projectRoot } from './lambda-entries.js';

const ZCdkJsonSchema = z.object({ context: z.record(z.string(), z.unknown()) });

/** The context `cdk synth` gets from cdk.json (settings and feature flags), for tests and the bench. */
export const cdkJsonContext = ZCdkJsonSchema.parse(
  JSON.parse(readFileSync(join(projectRoot, 'cdk.json'), 'utf8')),
).context;
