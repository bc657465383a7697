import { accessSync, constants, statSync } from 'node:fs';

// Where Chromium (or Chrome) is installed on the systems README covers, the real binary first:
// Debian's /usr/bin/chromium is a wrapper script that prints a warning on every launch.
const installed: Record<string, string[]> = {
  linux: [
    '/usr/lib/chromium/chromium', // Debian
    '/usr/lib64/chromium-browser/chromium-browser', // Fedora
    '/usr/bin/chromium',
    '/snap/bin/chromium', // Ubuntu (apt's chromium-browser installs the snap)
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ],
  darwin: [
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ],
};

const isExecutableFile = (path: string): boolean => {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

export type TChromiumSearch = {
  env?: NodeJS.ProcessEnv;
  platform?: string;
  isExecutable?: (path: string) => boolean;
};

/** The browser the e2e tests drive: `CHROMIUM_PATH` if set, else the first installed one; or why there is none. */
export function findChromium({
  env = process.env,
  platform = process.platform,
  isExecutable = isExecutableFile,
}: TChromiumSearch = {}): { path: string } | { problem: string } {
  if (env.CHROMIUM_PATH) {
    return isExecutable(env.CHROMIUM_PATH)
      ? { path: env.CHROMIUM_PATH }
      : { problem: `CHROMIUM_PATH is ${env.CHROMIUM_PATH}, which is no executable file` };
  }
  const candidates = installed[platform] ?? [];
  const path = candidates.find(isExecutable);
  if (path) return { path };
  const looked = candidates.length ? ` (looked for ${candidates.join(', ')}; or set CHROMIUM_PATH)` : '';
  return { problem: `Chromium was not found${looked}` };
}
