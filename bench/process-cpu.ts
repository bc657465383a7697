import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }));

/** The CPU time (user and system, in ms) a process has used so far, all its threads (Linux's /proc). */
function processCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // After the command name's ')' come the state (field 3) … utime (14) and stime (15).
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
}

/** The CPU time each named process used while `work` ran, in ms. */
export async function cpuDuring<T, K extends string>(
  pids: Record<K, number>,
  work: () => Promise<T>,
): Promise<{ result: T; cpuMs: Record<K, number> }> {
  const entries = Object.entries(pids) as [K, number][];
  const before = entries.map(([, pid]) => processCpuMs(pid));
  const result = await work();
  const cpuMs = Object.fromEntries(
    entries.map(([name, pid], i) => [name, processCpuMs(pid) - (before[i] ?? 0)]),
  ) as Record<K, number>;
  return { result, cpuMs };
}
