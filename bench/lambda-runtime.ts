import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../infra/lambda-entries.js';

/**
 * AWS's Node.js runtime interface client (RIC), the JavaScript Lambda's Node runtime runs as
 * /var/runtime/index.mjs before it imports a function's handler: it loads Node's http, net, fs, os,
 * util, path, module and worker_threads and its own ~55 KB, then the handler with its own loader
 * (`_HANDLER`, `LAMBDA_TASK_ROOT`), then loops next() → handler → done() over the Runtime API.
 * Pinned: a new release is a change to measure, not one to take unnoticed.
 */
const runtimeClient = { name: 'aws-lambda-ric', version: '4.0.2' };

/** The stand-in for the client's native transport (rapid-client.node): see the file. */
const standIn = join(projectRoot, 'bench/lambda-runtime/rapid-client-stand-in.cjs');

/**
 * The runtime client's index.mjs, fetched once into node_modules/.cache, outside the project's
 * dependencies (as lambda-node.ts fetches Node 24). `npm pack`, not install: index.mjs is bundled
 * whole, and its dependencies (node-gyp, node-addon-api) only build the native transport, which the
 * bench replaces; npm checks the tarball against the registry's integrity as install would.
 */
function lambdaRuntimeClient(): string {
  const prefix = join(
    projectRoot,
    `node_modules/.cache/capaian-bench/${runtimeClient.name}-${runtimeClient.version}`,
  );
  const file = join(prefix, 'package', 'index.mjs');
  if (!existsSync(file)) {
    mkdirSync(prefix, { recursive: true });
    const fetched = `${runtimeClient.name}@${runtimeClient.version}`;
    const pack = spawnSync('npm', ['pack', '--silent', '--pack-destination', prefix, fetched], {
      encoding: 'utf8',
    });
    if (pack.status !== 0) throw new Error(`fetching ${fetched}: ${pack.stderr}`);
    const tarball = join(prefix, pack.stdout.trim().split('\n').at(-1) ?? '');
    const unpack = spawnSync('tar', ['-xzf', tarball, '-C', prefix, 'package/index.mjs'], {
      encoding: 'utf8',
    });
    if (unpack.status !== 0) throw new Error(`unpacking ${tarball}: ${unpack.stderr}`);
  }
  return file;
}

/** A function's runtime folder: the client's index.mjs and the transport's stand-in, as /var/runtime. */
export function runtimeFolder(folder: string): { index: string; standIn: string } {
  mkdirSync(folder, { recursive: true });
  const index = join(folder, 'index.mjs');
  cpSync(lambdaRuntimeClient(), index);
  cpSync(standIn, join(folder, 'rapid-client-stand-in.cjs'));
  return { index, standIn: join(folder, 'rapid-client-stand-in.cjs') };
}

export type RuntimeFunction = {
  name: string;
  /** The function's handler setting, as the template has it (`index.handler`). */
  handler: string;
  memorySize: number;
  /** The function's log format (LoggingConfig), Lambda's default being Text. */
  logFormat?: string;
};

/**
 * What Lambda's runtime sets in a function's environment beside the function's own variables
 * (its bootstrap and the Runtime API's documented variables): the RIC reads `_HANDLER`,
 * `LAMBDA_TASK_ROOT` and `AWS_LAMBDA_RUNTIME_API`, and requires the function's name, version,
 * memory size and log group and stream. The Runtime API's address takes no connection: the
 * stand-in answers next() and done(); only an init error is posted over HTTP, and fails.
 */
export function runtimeEnvironment(
  fn: RuntimeFunction,
  folders: { task: string; runtime: string },
): Record<string, string> {
  return {
    _HANDLER: fn.handler,
    LAMBDA_TASK_ROOT: folders.task,
    LAMBDA_RUNTIME_DIR: folders.runtime,
    AWS_LAMBDA_RUNTIME_API: '127.0.0.1:1',
    AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs24.x',
    AWS_LAMBDA_FUNCTION_NAME: fn.name,
    AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(fn.memorySize),
    AWS_LAMBDA_LOG_GROUP_NAME: `/aws/lambda/${fn.name}`,
    AWS_LAMBDA_LOG_STREAM_NAME: 'bench',
    ...(fn.logFormat && { AWS_LAMBDA_LOG_FORMAT: fn.logFormat }),
    // The bootstrap's NODE_PATH: the runtime's SDK lies in /var/runtime/node_modules on Lambda, not
    // here, so a bundle that requires a package it does not carry fails in the bench.
    NODE_PATH: [
      '/opt/nodejs/node24/node_modules',
      '/opt/nodejs/node_modules',
      join(folders.runtime, 'node_modules'),
      folders.runtime,
      folders.task,
    ].join(':'),
    TZ: ':UTC',
    LANG: 'en_US.UTF-8',
  };
}

/** The arguments that start the runtime client as Lambda's bootstrap does, before its flags (lambda-node.ts). */
export const runtimeArguments = (runtime: { index: string; standIn: string }, invocation?: object) => [
  '--require',
  runtime.standIn,
  runtime.index,
  ...(invocation ? [JSON.stringify(invocation)] : []),
];
