import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../functions/local/ports.js';
import { openYear } from '../../functions/local/seed-demo.js';
import { processesMentioning, runNpmStart, stopGroup } from '../support/local-process.js';

const dataDir = mkdtempSync(join(tmpdir(), 'capaian-start-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function expectNoProcessLeft() {
  // Java may take a moment to exit after its parent has gone.
  for (let attempt = 0; attempt < 20 && processesMentioning(dataDir).length > 0; attempt++) await sleep(100);
  expect(processesMentioning(dataDir)).toEqual([]);
}

// Each start runs the web build check and Java; on a loaded 2-core CI machine that takes a while.
describe('npm start', { timeout: 300_000 }, () => {
  it('serves health, the OpenAPI document and the web page, then Ctrl-C leaves no process behind', async () => {
    const port = await freePort();
    const start = await runNpmStart(['--port', String(port), '--data-dir', dataDir]);
    expect(start.output()).toContain('demo data loaded');
    expect(processesMentioning(dataDir).some((line) => line.includes('DynamoDBLocal.jar'))).toBe(true);

    const health = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(await health.json()).toMatchObject({
      ok: true,
      database: { ok: true },
      reportStorage: { ok: true },
      evidenceStorage: { ok: true },
    });
    // A busy machine may hold DynamoDB Local for seconds (here 7: past two attempts of AWS's 3 s):
    // a request waits for it instead of failing with 503.
    const signedIn = await fetch(`http://127.0.0.1:${port}/api/dev/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId: 'kepala-dinas' }),
    });
    const { token } = await signedIn.json();
    const java = processesMentioning(dataDir).find((line) => line.includes('DynamoDBLocal.jar')) ?? '';
    const javaPid = Number.parseInt(java, 10);
    process.kill(javaPid, 'SIGSTOP');
    const resume = setTimeout(() => process.kill(javaPid, 'SIGCONT'), 7_000);
    try {
      const agency = await fetch(`http://127.0.0.1:${port}/api/agencies/dinsos-hss`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(agency.status).toBe(200);
    } finally {
      clearTimeout(resume);
      process.kill(javaPid, 'SIGCONT');
    }

    const openapi = await fetch(`http://127.0.0.1:${port}/api/openapi.json`);
    expect((await openapi.json()).openapi).toBe('3.1.0');
    const page = await fetch(`http://127.0.0.1:${port}/`);
    expect(await page.text()).toContain('Capaian');

    // Three days before Q1's due date every part is unsubmitted: one reminder each, and a rerun adds none.
    const remind = () =>
      spawnSync(
        'npm',
        ['run', 'reminders', '--', '--at', `${openYear()}-04-07T08:00:00+08:00`, '--data-dir', dataDir],
        { encoding: 'utf8' },
      );
    const first = remind();
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/sent: 4,/);
    expect(readdirSync(join(dataDir, 'outbox')).filter((name) => name.endsWith('.json'))).toHaveLength(4);
    expect(remind().stdout).toMatch(/sent: 0,\s+alreadySent: 4/);

    await stopGroup(start, 'SIGINT');
    await expectNoProcessLeft();
  });

  it('keeps the data across a restart, stops on SIGTERM, and --reset starts afresh', async () => {
    const port = await freePort();
    const again = await runNpmStart(['--port', String(port), '--data-dir', dataDir]);
    expect(again.output()).toContain('existing data kept');
    await stopGroup(again, 'SIGTERM');
    await expectNoProcessLeft();

    const reset = await runNpmStart(['--port', String(port), '--data-dir', dataDir, '--reset']);
    expect(reset.output()).toContain('demo data loaded');
    await stopGroup(reset, 'SIGTERM');
    await expectNoProcessLeft();
  });

  it('stops at once, naming the port, where its port is taken', async () => {
    const taken = createServer();
    const port = await freePort();
    await new Promise<void>((listening) => taken.listen(port, '127.0.0.1', listening));
    try {
      const result = spawnSync(
        process.execPath,
        ['--import', 'tsx', 'functions/local/start.ts', '--port', String(port), '--data-dir', dataDir],
        { encoding: 'utf8' },
      );
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`Port ${port} is in use`);
      expect(result.stdout).not.toContain('Capaian is running');
    } finally {
      taken.close();
    }
  });

  it('stops at once with install advice where Java is missing', () => {
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'functions/local/start.ts', '--data-dir', dataDir],
      {
        env: { ...process.env, PATH: '/nonexistent' },
        encoding: 'utf8',
      },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Java was not found');
    expect(result.stderr).toContain('apt-get install -y openjdk-17-jre-headless');
  });
});
