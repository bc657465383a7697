import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';

export type RunningStart = { child: ChildProcess; output: () => string };

/** Runs `npm start` in a process group of its own, as a terminal would, and waits for its banner. */
export async function runNpmStart(
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<RunningStart> {
  const child = spawn('npm', ['start', '--', ...args], {
    detached: true,
    // npm start's own timeouts, as a newcomer gets them, not the integration tier's (test/setup-env.ts).
    env: { ...env, AWS_REQUEST_TIMEOUT_MS: undefined },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk;
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  await new Promise<void>((resolve, reject) => {
    // Seconds on a quiet machine; a busy one (a web build, Java, Chromium on two cores) takes minutes.
    const timer = setTimeout(() => reject(new Error(`npm start did not come up:\n${output}`)), 180_000);
    child.stdout?.on('data', () => {
      if (output.includes('Ctrl-C stops everything')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`npm start exited with ${code}:\n${output}`));
    });
  });
  return { child, output: () => output };
}

/** Sends a signal to the whole process group (what Ctrl-C does) and waits for npm to exit. */
export async function stopGroup(start: RunningStart, signal: NodeJS.Signals): Promise<void> {
  const exited = once(start.child, 'exit');
  process.kill(-(start.child.pid ?? 0), signal);
  await exited;
}

/** Command lines of live processes that mention `marker` (a unique data folder). */
export function processesMentioning(marker: string): string[] {
  const table = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' });
  return table.split('\n').filter((line) => line.includes(marker) && !line.includes('ps -eo'));
}
