/**
 * `npm start`'s prestart: builds the web app into web/dist when it is missing or older than its
 * sources, so a fresh clone works after `npm ci` and an unchanged tree starts without waiting.
 * A lock folder keeps two starts (parallel test files) from building over each other.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const web = resolve(import.meta.dirname, '..');
const root = resolve(web, '..');
const dist = join(web, 'dist');
const stamp = join(dist, '.build-stamp');
const lock = join(web, '.build-lock');
const sources = [
  join(web, 'index.html'),
  join(web, 'vite.config.ts'),
  join(web, 'public'),
  join(web, 'src'),
  join(root, 'shared'),
  join(root, 'package-lock.json'),
];

/** The newest modification time under a path (files and folders, tests included: cheap and safe). */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((latest, name) => Math.max(latest, newest(join(path, name))), stat.mtimeMs);
}

const isStale = () => !existsSync(stamp) || Math.max(...sources.map(newest)) > statSync(stamp).mtimeMs;

async function acquireLock(): Promise<void> {
  for (let waited = 0; ; waited += 200) {
    try {
      mkdirSync(lock);
      return;
    } catch {
      // A start that died mid-build leaves its lock: two minutes is far beyond any build.
      const heldSince = statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
      if (Date.now() - heldSince > 120_000) rmSync(lock, { recursive: true, force: true });
      if (waited > 180_000) throw new Error(`web build: ${lock} held for 3 minutes; remove it`);
      await sleep(200);
    }
  }
}

if (isStale()) {
  await acquireLock();
  try {
    // Another start may have built while this one waited for the lock.
    if (isStale()) {
      const started = Date.now();
      // A start from a test run inherits NODE_ENV=test, which would bundle React's development build.
      process.env.NODE_ENV = 'production';
      const { build } = await import('vite');
      const staging = join(web, `.dist-${process.pid}`);
      await build({
        configFile: join(web, 'vite.config.ts'),
        mode: 'production',
        logLevel: 'warn',
        build: { outDir: staging },
      });
      writeFileSync(join(staging, '.build-stamp'), new Date().toISOString());
      // Swapped in whole, so a server already running never serves half a build.
      rmSync(dist, { recursive: true, force: true });
      renameSync(staging, dist);
      console.log(`web app built into web/dist in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
