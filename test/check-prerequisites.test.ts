import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// A PATH with nothing on it: no pdftoppm, no java.
const emptyBin = mkdtempSync(join(tmpdir(), 'capaian-empty-path-'));
afterAll(() => rmSync(emptyBin, { recursive: true, force: true }));

/** Runs the check as npm test does; the three cases run at once (each is a Node start). */
const check = (tiers: string[], env: NodeJS.ProcessEnv) =>
  new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', 'test/check-prerequisites.ts', ...tiers],
      { cwd: join(import.meta.dirname, '..'), env: { ...process.env, ...env } },
      (_error, stdout, stderr) => resolve({ status: child.exitCode, stdout, stderr }),
    );
  });

describe.concurrent('the check npm test runs first', () => {
  it('stops where poppler is missing, naming poppler-utils and the line that installs it', async () => {
    const result = await check(['unit'], { PATH: emptyBin });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('pdftoppm');
    expect(result.stderr).toMatch(
      /Install poppler-utils:\n {2}\w+: +(sudo apt-get install -y|sudo dnf install -y|brew install) poppler/,
    );
  });

  it('stops where the browser is missing, naming chromium and CHROMIUM_PATH', async () => {
    const result = await check(['browser'], { CHROMIUM_PATH: join(emptyBin, 'chromium') });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`CHROMIUM_PATH is ${join(emptyBin, 'chromium')}`);
    expect(result.stderr).toContain('Install chromium:');
  });

  it('lists the Debian packages of what is missing, for CI to install', async () => {
    const result = await check(['unit', '--debian-packages'], { PATH: emptyBin });
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe('poppler-utils');
  });
});
