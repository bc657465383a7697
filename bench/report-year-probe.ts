/**
 * Run by bench/reports.ts in a fresh process: makes every file of the seed year (or of an agency
 * `--scaled N` times its size) twice, the first as a cold process does, and prints as JSON the
 * times, the second run's time and CPU time (all files, and without Tabel E.81's, the 53 files
 * issue 16 measured) and the process's peak RSS.
 */
import { agreement2019Perubahan, parts2019 } from '../shared/seed/hss-2019.js';
import { scaled, yearFiles } from './report-year.js';

const times = Number(process.argv[process.argv.indexOf('--scaled') + 1] ?? 1) || 1;
const input = times === 1 ? { agreement: agreement2019Perubahan, parts: parts2019 } : scaled(times);
const run = () => yearFiles(input.agreement, input.parts);

const coldStarted = performance.now();
for await (const _ of run()); // module loading, fonts, JIT
const coldMs = performance.now() - coldStarted;

// Each file's time is what the generator took to make it (its quarter's tables go with the first).
const sum = { files: 0, ms: 0, cpuMs: 0 };
const withoutE81 = { ...sum };
let started = performance.now();
let cpuBefore = process.cpuUsage();
for await (const file of run()) {
  const cpu = process.cpuUsage(cpuBefore);
  const made = { files: 1, ms: performance.now() - started, cpuMs: (cpu.user + cpu.system) / 1000 };
  for (const total of file.kind === 'e81' ? [sum] : [sum, withoutE81]) {
    total.files += made.files;
    total.ms += made.ms;
    total.cpuMs += made.cpuMs;
  }
  started = performance.now();
  cpuBefore = process.cpuUsage();
}
const rssMb = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify({ coldMs, warm: sum, warmWithoutE81: withoutE81, rssMb }));
