/**
 * Run by bench/reports.ts in a fresh process: makes every file of the seed year (or of an agency
 * `--scaled N` times its size) twice, the first as a cold process does, and prints the times, the
 * CPU time of the second run and the process's peak RSS as JSON.
 */
import { agreement2019Perubahan, parts2019 } from '../shared/seed/hss-2019.js';
import { renderYear, scaled } from './report-year.js';

const times = Number(process.argv[process.argv.indexOf('--scaled') + 1] ?? 1) || 1;
const input = times === 1 ? { agreement: agreement2019Perubahan, parts: parts2019 } : scaled(times);

const coldStarted = performance.now();
await renderYear(input.agreement, input.parts); // module loading, fonts, JIT
const coldMs = performance.now() - coldStarted;
const warmStarted = performance.now();
const cpuBefore = process.cpuUsage();
const files = await renderYear(input.agreement, input.parts);
const cpu = process.cpuUsage(cpuBefore);
const warmMs = performance.now() - warmStarted;
const rssMb = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify({ files, coldMs, warmMs, warmCpuMs: (cpu.user + cpu.system) / 1000, rssMb }));
