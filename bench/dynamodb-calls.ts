import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import * as z from 'zod';

/**
 * A DynamoDB call as made: its command, its input, the request (of the API) it was made for, and
 * whether it was sent while another call of that request was still waiting (made in parallel).
 */
export type TRecordedCall = { command: string; input: unknown; requestId?: string; alongside?: boolean };

/** What the calls counted since the last reset read, wrote and cost. */
export type TCallCounts = {
  total: number;
  byCommand: Record<string, number>;
  /** Capacity units as DynamoDB bills them, reads and writes apart (the cost model's, DEPLOY.md). */
  readUnits: number;
  writeUnits: number;
  /** Of the write units, those of the global secondary indexes' copies of the items written. */
  indexWriteUnits: number;
  /** Items answered, and the answers' size as they travel (their Content-Length). */
  itemsRead: number;
  bytesRead: number;
};

/** The commands that consume capacity, and those of them that write. */
const billed = /^(Get|Put|Update|Delete|Query|Scan|BatchGet|BatchWrite|TransactGet|TransactWrite)/;
const writes = /^(Put|Update|Delete|BatchWrite|TransactWrite)/;

// Built once: a schema built for every call cost the server under test more CPU than checking with it.
const ZConsumedSchema = z.array(
  z.object({
    CapacityUnits: z.number().optional(),
    GlobalSecondaryIndexes: z
      .record(z.string(), z.object({ CapacityUnits: z.number().optional() }))
      .optional(),
  }),
);

/**
 * The capacity units an answer reports (one entry, or one per table of a transaction or batch), in
 * all and those of the indexes.
 */
function capacityUnits(output: unknown): { units: number; indexUnits: number } {
  const consumed: unknown = output instanceof Object ? Reflect.get(output, 'ConsumedCapacity') : undefined;
  const entries = ZConsumedSchema.parse([consumed ?? []].flat());
  return {
    units: entries.reduce((sum, entry) => sum + (entry.CapacityUnits ?? 0), 0),
    indexUnits: entries
      .flatMap((entry) => Object.values(entry.GlobalSecondaryIndexes ?? {}))
      .reduce((sum, index) => sum + (index.CapacityUnits ?? 0), 0),
  };
}

/** The items an answer carries: a query's, a get's, or a batch's per table. */
function itemsOf(output: unknown): unknown[] {
  if (!(output instanceof Object)) return [];
  const items: unknown = Reflect.get(output, 'Items');
  if (Array.isArray(items)) return items;
  const item: unknown = Reflect.get(output, 'Item');
  if (item) return [item];
  const responses: unknown = Reflect.get(output, 'Responses');
  return responses instanceof Object ? Object.values(responses).flat() : [];
}

/**
 * An answer's size as sent, from its header: measuring its items again (JSON.stringify) cost the
 * server under test about as much CPU as a page's own work on its items.
 */
function answerBytes(result: unknown): number {
  const response: unknown = result instanceof Object ? Reflect.get(result, 'response') : undefined;
  const headers: unknown = response instanceof Object ? Reflect.get(response, 'headers') : undefined;
  return Number((headers instanceof Object && Reflect.get(headers, 'content-length')) || 0);
}

const noCalls = (): TCallCounts => ({
  total: 0,
  byCommand: {},
  readUnits: 0,
  writeUnits: 0,
  indexWriteUnits: 0,
  itemsRead: 0,
  bytesRead: 0,
});

/** Counts together what two sets of counted calls did. */
export function addCounts(a: TCallCounts, b: TCallCounts): TCallCounts {
  const byCommand = { ...a.byCommand };
  for (const [name, count] of Object.entries(b.byCommand)) byCommand[name] = (byCommand[name] ?? 0) + count;
  return {
    total: a.total + b.total,
    byCommand,
    readUnits: a.readUnits + b.readUnits,
    writeUnits: a.writeUnits + b.writeUnits,
    indexWriteUnits: a.indexWriteUnits + b.indexWriteUnits,
    itemsRead: a.itemsRead + b.itemsRead,
    bytesRead: a.bytesRead + b.bytesRead,
  };
}

/**
 * Counts every call a DynamoDB client makes (and the capacity each consumed), and records them
 * while asked to, each with the request it was made for (`requestOf`), so that the bench can make
 * the same calls directly.
 */
export function countDynamoDbCalls(
  client: DynamoDBClient,
  requestOf: () => string | undefined = () => undefined,
) {
  let counts = noCalls();
  let recorded: TRecordedCall[] | undefined;
  client.middlewareStack.add(
    (next, context) => async (args) => {
      counts.total++;
      const name = context.commandName ?? 'unknown';
      counts.byCommand[name] = (counts.byCommand[name] ?? 0) + 1;
      if (!billed.test(name)) return next(args);
      // INDEXES: the total as TOTAL reports it, and the indexes' share of it.
      const result = await next({ ...args, input: { ...args.input, ReturnConsumedCapacity: 'INDEXES' } });
      const { units, indexUnits } = capacityUnits(result.output);
      if (writes.test(name)) {
        counts.writeUnits += units;
        counts.indexWriteUnits += indexUnits;
      } else counts.readUnits += units;
      counts.itemsRead += itemsOf(result.output).length;
      counts.bytesRead += answerBytes(result);
      return result;
    },
    { step: 'initialize', name: 'countCalls' },
  );
  // The calls of each request waiting for their answer, by request: a call sent while another waits
  // was made in parallel with it, and the floor makes it so.
  const waiting = new Map<string | undefined, number>();
  // Recorded as sent: by then the document client has turned its plain values into DynamoDB's
  // typed ones, which the client's own commands take (at 'initialize' they are still plain).
  client.middlewareStack.add(
    (next, context) => async (args) => {
      if (!recorded) return next(args);
      const command = context.commandName ?? 'unknown';
      const requestId = requestOf();
      const others = waiting.get(requestId) ?? 0;
      recorded.push({ command, input: structuredClone(args.input), requestId, alongside: others > 0 });
      waiting.set(requestId, others + 1);
      try {
        return await next(args);
      } finally {
        const left = (waiting.get(requestId) ?? 1) - 1;
        if (left > 0) waiting.set(requestId, left);
        else waiting.delete(requestId);
      }
    },
    { step: 'build', name: 'recordCalls' },
  );
  return {
    counts: () => counts,
    reset: () => {
      counts = noCalls();
    },
    startRecording: () => {
      recorded = [];
    },
    stopRecording: (): TRecordedCall[] => {
      const calls = recorded ?? [];
      recorded = undefined;
      return calls;
    },
  };
}
