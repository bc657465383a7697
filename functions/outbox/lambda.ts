// zod/mini, as every module of a start: zod classic loads with the handlers.
import * as z from 'zod/mini';
// Every event reads the table: its client is built while Lambda initialises the function.
import '../db/client.js';
import { withLogFields } from '../log.js';
import type { TStreamRecord } from './stream-and-schedule.js';

/** What the minutely schedule sends: run the due retries and report the outbox's lag. */
export const ZDrainPayloadSchema = z.object({ drain: z.literal(true) });
export type TDrainPayload = z.infer<typeof ZDrainPayloadSchema>;

type TLambdaContext = { awsRequestId?: string };

/**
 * The outbox function, fed by the table's stream and the minutely schedule (stream-and-schedule.ts).
 * The handlers, and the model's schemas they read records with, load with the first invocation,
 * not at a cold start (docs/ARCHITECTURE.md, Lean Lambdas).
 */
export async function handler(event: { Records: TStreamRecord[] } | TDrainPayload, context?: TLambdaContext) {
  const { processStream, drainDue } = await import('./stream-and-schedule.js');
  return withLogFields({ requestId: context?.awsRequestId }, () =>
    'Records' in event ? processStream(event.Records) : drainDue(ZDrainPayloadSchema.parse(event)),
  );
}
