import { describe, expect, it } from 'vitest';
import { findChromium } from './chromium.js';

const installedAt =
  (...paths: string[]) =>
  (path: string) =>
    paths.includes(path);

describe('findChromium', () => {
  it("takes Debian's binary, not the wrapper script that warns on every launch", () => {
    const isExecutable = installedAt('/usr/bin/chromium', '/usr/lib/chromium/chromium');
    expect(findChromium({ env: {}, platform: 'linux', isExecutable })).toEqual({
      path: '/usr/lib/chromium/chromium',
    });
  });

  it("finds Ubuntu's snap, Fedora's chromium-browser and Chrome on macOS", () => {
    const on = (platform: string, path: string) =>
      findChromium({ env: {}, platform, isExecutable: installedAt(path) });
    expect(on('linux', '/snap/bin/chromium')).toEqual({ path: '/snap/bin/chromium' });
    const fedora = '/usr/lib64/chromium-browser/chromium-browser';
    expect(on('linux', fedora)).toEqual({ path: fedora });
    const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect(on('darwin', chrome)).toEqual({ path: chrome });
  });

  it('takes CHROMIUM_PATH first, and names it when it is wrong', () => {
    const isExecutable = installedAt('/opt/chrome/chrome', '/usr/lib/chromium/chromium');
    expect(
      findChromium({ env: { CHROMIUM_PATH: '/opt/chrome/chrome' }, platform: 'linux', isExecutable }),
    ).toEqual({
      path: '/opt/chrome/chrome',
    });
    expect(findChromium({ env: { CHROMIUM_PATH: '/opt/none' }, platform: 'linux', isExecutable })).toEqual({
      problem: 'CHROMIUM_PATH is /opt/none, which is no executable file',
    });
  });

  it('says where it looked when there is none', () => {
    const found = findChromium({ env: {}, platform: 'linux', isExecutable: installedAt() });
    expect(found).toEqual({ problem: expect.stringContaining('/usr/lib/chromium/chromium') });
    expect(found).toEqual({ problem: expect.stringContaining('set CHROMIUM_PATH') });
  });
});
