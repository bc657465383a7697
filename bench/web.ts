import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { formatNumber } from '../shared/calc/format.js';
import { localDate } from '../shared/reminders/local-day.js';
import { seedAgency } from '../shared/seed/organisation.js';
import { webPaths } from '../shared/web-paths.js';
import { launchChromium } from '../test/e2e/e2e-support.js';
import { type BenchRow, quantile } from './measure.js';

const root = resolve(import.meta.dirname, '..');
const runs = 5;
const kb = (bytes: number) => `${formatNumber(bytes / 1024, { decimals: 1 })} KB`;
const gzipSize = (body: Buffer) => gzipSync(body).length;

/** web/dist as `npm start` serves it: rebuilt first if its sources changed (the prestart script). */
function ensureWebBuilt(): void {
  execFileSync(process.execPath, ['--import', 'tsx', 'web/scripts/build-if-stale.ts'], {
    cwd: root,
    stdio: 'inherit',
  });
}

/** Every JS file of the build, gzipped one by one as a CDN would serve them. */
function distJs(): { files: number; gzip: number } {
  const assets = join(root, 'web', 'dist', 'assets');
  const js = readdirSync(assets).filter((name) => name.endsWith('.js'));
  return {
    files: js.length,
    gzip: js.reduce((sum, name) => sum + gzipSize(readFileSync(join(assets, name))), 0),
  };
}

async function devToken(baseUrl: string, userId: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/dev/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId }),
  });
  if (!response.ok) throw new Error(`dev sign-in: HTTP ${response.status}`);
  const body: unknown = await response.json();
  if (typeof body === 'object' && body !== null && 'token' in body && typeof body.token === 'string')
    return body.token;
  throw new Error('dev sign-in: no token');
}

/** A fresh browser profile (empty HTTP cache) already signed in, as after the development sign-in. */
async function signedInContext(browser: Browser, token: string): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  await context.addInitScript((value) => sessionStorage.setItem('capaian.token', value), token);
  return context;
}

/**
 * Loads the dashboard and returns the in-page time (ms since navigation start) at which the units
 * table and the achievement chart are on the screen: React has rendered them, so they respond.
 */
async function timeToInteractive(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  const ready = await page.waitForFunction(
    () =>
      document.querySelector('tr[data-unit-id]') && document.querySelector('.chart-table tbody tr')
        ? performance.now()
        : false,
    undefined,
    { polling: 'raf', timeout: 30_000 },
  );
  return Number(await ready.jsonValue());
}

/**
 * The web app's figures from issues 7 and 15: the gzip size of the JS the dashboard's first screen
 * loads (goal at most 150 KB, with Tugas saya on it) and of all of web/dist's JS, and the time from navigation to an interactive
 * dashboard in headless Chromium after a development sign-in: a first visit (empty cache) and a
 * repeat visit, median of five each, after one warm-up load.
 */
export async function benchWeb(baseUrl: string): Promise<BenchRow[]> {
  ensureWebBuilt();
  const year = Number(localDate(new Date().toISOString(), seedAgency.timeZone).slice(0, 4));
  const url = `${baseUrl}${webPaths.dashboard(seedAgency.id, year)}`;
  const token = await devToken(baseUrl, 'kepala-dinas');
  const browser = await launchChromium();
  try {
    // What the first screen loads, counted on a cold load.
    const scripts: Promise<number>[] = [];
    const probe = await signedInContext(browser, token);
    const probePage = await probe.newPage();
    probePage.on('response', (response) => {
      if (response.request().resourceType() === 'script' && response.url().startsWith(baseUrl))
        scripts.push(response.body().then(gzipSize));
    });
    await timeToInteractive(probePage, url); // also the warm-up: server caches, JIT
    const firstScreen = (await Promise.all(scripts)).reduce((sum, size) => sum + size, 0);
    await probe.close();

    const first: number[] = [];
    const repeat: number[] = [];
    for (let i = 0; i < runs; i++) {
      const context = await signedInContext(browser, token);
      const page = await context.newPage();
      first.push(await timeToInteractive(page, url));
      repeat.push(await timeToInteractive(page, url));
      await context.close();
    }
    first.sort((a, b) => a - b);
    repeat.sort((a, b) => a - b);
    const dist = distJs();
    const name = 'web app: dashboard (headless Chromium, loopback)';
    return [
      {
        benchmark: name,
        figure: 'JS of the first screen (gzip)',
        value: `${kb(firstScreen)} in ${scripts.length} files`,
        goal: '≤ 150 KB',
      },
      {
        benchmark: 'web app: web/dist',
        figure: 'all JS (gzip)',
        value: `${kb(dist.gzip)} in ${dist.files} files`,
      },
      {
        benchmark: name,
        figure: `time to interactive, first visit (median of ${runs})`,
        value: `${formatNumber(quantile(first, 0.5), { decimals: 0 })} ms`,
        goal: '≤ 1 s',
      },
      {
        benchmark: name,
        figure: `time to interactive, repeat visit (median of ${runs})`,
        value: `${formatNumber(quantile(repeat, 0.5), { decimals: 0 })} ms`,
      },
    ];
  } finally {
    await browser.close();
  }
}
