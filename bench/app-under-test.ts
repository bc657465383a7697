import { fork } from 'node:child_process';
import { once } from 'node:events';
import type { TServerAnswer, TServerRequest } from './api-server.js';
import { addCounts, type TCallCounts, type TRecordedCall } from './dynamodb-calls.js';

export type { TRecordedCall } from './dynamodb-calls.js';

export type AppUnderTestOptions = {
  /** DynamoDB Local's process, whose CPU the bench measures beside the server's. */
  dynamodbPid: number;
  /** Where the server writes a V8 CPU profile at its exit (`--cpu-prof`); none when absent. */
  cpuProfileDir?: string;
};

/**
 * The API served by the local server in a process of its own (bench/api-server.ts) over the bench
 * stack, the store set up and seeded from this one. DynamoDB calls are counted in both processes:
 * the server's for the API's requests, this one's for what the bench runs in-process (the outbox,
 * the reminder sweep, the region's roll-up) and for the floor.
 */
export async function startAppUnderTest(options: AppUnderTestOptions) {
  const { dynamodb } = await import('../functions/db/client.js');
  const { countDynamoDbCalls } = await import('./dynamodb-calls.js');
  const { createTableIfMissing } = await import('../functions/db/table.js');
  const { createBucketsIfMissing } = await import('../functions/s3/buckets.js');
  const { seedDemoDataIfEmpty } = await import('../functions/local/seed-demo.js');

  const inProcess = countDynamoDbCalls(dynamodb);
  await createTableIfMissing();
  await createBucketsIfMissing();
  await seedDemoDataIfEmpty();

  const profile = options.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`] : [];
  const server = fork('bench/api-server.ts', [], {
    execArgv: ['--import', 'tsx', ...profile],
    // Its request log is written (as on Lambda), to nowhere: through a pipe that this busy process
    // read, a full pipe held the server's writes (synchronous on Linux) and its requests with them.
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const exited = once(server, 'exit');
  const [ready] = (await Promise.race([
    once(server, 'message'),
    exited.then(() => {
      throw new Error('the API server exited at start');
    }),
  ])) as [TServerAnswer];
  if (ready.kind !== 'ready' || server.pid === undefined) throw new Error('the API server did not start');

  let asked = 0;
  const ask = async (question: TServerRequest['ask']) => {
    const id = ++asked;
    const answered = new Promise<Extract<TServerAnswer, { kind: 'answer' }>>((resolve) => {
      const listen = (message: TServerAnswer) => {
        if (message.kind !== 'answer' || message.id !== id) return;
        server.off('message', listen);
        resolve(message);
      };
      server.on('message', listen);
    });
    server.send({ id, ask: question } satisfies TServerRequest);
    return answered;
  };

  return {
    baseUrl: `http://127.0.0.1:${ready.port}`,
    /** The processes whose CPU the bench measures: the server, this one (the load generator), DynamoDB Local. */
    pids: { server: server.pid, loadGenerator: process.pid, dynamodb: options.dynamodbPid },
    /** The DynamoDB calls counted in both processes since the last reset. */
    counts: async (): Promise<TCallCounts> => {
      const { counts } = await ask('counts');
      if (!counts) throw new Error('the API server answered no counts');
      return addCounts(inProcess.counts(), counts);
    },
    resetCalls: async () => {
      inProcess.reset();
      await ask('reset');
    },
    /** The DynamoDB calls `work` makes, the server's (each with its request) and then this process's. */
    recordCalls: async (work: () => Promise<unknown>): Promise<TRecordedCall[]> => {
      inProcess.startRecording();
      await ask('record');
      const recorded = async () => [...((await ask('recorded')).calls ?? []), ...inProcess.stopRecording()];
      try {
        await work();
      } catch (error) {
        await recorded();
        throw error;
      }
      return recorded();
    },
    stop: async () => {
      if (server.connected) server.send({ id: 0, ask: 'stop' } satisfies TServerRequest);
      await exited;
    },
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
