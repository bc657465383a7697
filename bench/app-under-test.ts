export type TRecordedCall = { command: string; input: unknown };

/** The commands that consume capacity, and those of them that write. */
const billed = /^(Get|Put|Update|Delete|Query|Scan|BatchGet|BatchWrite|TransactGet|TransactWrite)/;
const writes = /^(Put|Update|Delete|BatchWrite|TransactWrite)/;

/** The capacity units an answer reports (one entry, or one per table of a transaction or batch). */
function capacityUnits(output: unknown): number {
  const consumed: unknown = output instanceof Object ? Reflect.get(output, 'ConsumedCapacity') : undefined;
  return [consumed]
    .flat()
    .reduce<number>(
      (sum, entry) => sum + Number((entry instanceof Object && Reflect.get(entry, 'CapacityUnits')) || 0),
      0,
    );
}

/** The local server on a free port over the bench stack, with a count of DynamoDB calls. */
export async function startAppUnderTest() {
  const { dynamodb } = await import('../functions/db/client.js');
  const { createTableIfMissing } = await import('../functions/db/table.js');
  const { createBucketsIfMissing } = await import('../functions/s3/buckets.js');
  const { seedDemoDataIfEmpty } = await import('../functions/local/seed-demo.js');
  const { serveLocal } = await import('../functions/local/server.js');
  const { freePort } = await import('../functions/local/ports.js');

  // Capacity units as DynamoDB bills them (reads and writes apart), for the cost model (DEPLOY.md).
  const calls = { total: 0, byCommand: new Map<string, number>(), readUnits: 0, writeUnits: 0 };
  // While set, every DynamoDB call's command and input, for the bench to make the same calls directly.
  let recorded: TRecordedCall[] | undefined;
  dynamodb.middlewareStack.add(
    (next, context) => async (args) => {
      calls.total++;
      const name = context.commandName ?? 'unknown';
      calls.byCommand.set(name, (calls.byCommand.get(name) ?? 0) + 1);
      recorded?.push({ command: name, input: structuredClone(args.input) });
      if (!billed.test(name)) return next(args);
      const result = await next({ ...args, input: { ...args.input, ReturnConsumedCapacity: 'TOTAL' } });
      const units = capacityUnits(result.output);
      if (writes.test(name)) calls.writeUnits += units;
      else calls.readUnits += units;
      return result;
    },
    { step: 'initialize', name: 'countCalls' },
  );
  await createTableIfMissing();
  await createBucketsIfMissing();
  await seedDemoDataIfEmpty();
  const port = await freePort();
  const server = serveLocal({ port, webRoot: 'web/dist' });
  // Longer than the client's idle sockets live: on a busy machine the server's 5 s default closed
  // kept-alive sockets as fetch reused them (ECONNRESET between the bench's steps).
  if ('keepAliveTimeout' in server) server.keepAliveTimeout = 60_000;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    calls,
    resetCalls: () => {
      calls.total = 0;
      calls.byCommand.clear();
      calls.readUnits = 0;
      calls.writeUnits = 0;
    },
    /** The DynamoDB calls `work` makes, in order. */
    recordCalls: async (work: () => Promise<unknown>): Promise<TRecordedCall[]> => {
      recorded = [];
      try {
        await work();
        return recorded;
      } finally {
        recorded = undefined;
      }
    },
    stop: () => new Promise<void>((done) => server.close(() => done())),
  };
}

export type TAppUnderTest = Awaited<ReturnType<typeof startAppUnderTest>>;

/** A development token for a seeded user. */
export async function tokenFor(app: TAppUnderTest, userId: string): Promise<string> {
  const response = await fetch(`${app.baseUrl}/api/dev/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId }),
  });
  return ((await response.json()) as { token: string }).token;
}
