import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** The operating-system families README gives an install line for. */
export const osFamilies = ['debian', 'ubuntu', 'fedora', 'macos'] as const;
export type TOsFamily = (typeof osFamilies)[number];

const installers: Record<TOsFamily, { name: string; command: string }> = {
  debian: { name: 'Debian', command: 'sudo apt-get install -y' },
  ubuntu: { name: 'Ubuntu', command: 'sudo apt-get install -y' },
  fedora: { name: 'Fedora', command: 'sudo dnf install -y' },
  macos: { name: 'macOS', command: 'brew install' },
};

/** Something the machine needs beyond npm packages, and the package that brings it on each family. */
export type TPrerequisite = {
  /** What it is, as the advice names it: the Debian package. */
  name: string;
  /** Why Capaian needs it. */
  why: string;
  /** What is wrong with it on this machine, if anything. */
  problem: () => string | undefined;
  packages: Record<TOsFamily, string>;
};

/** This machine's OS family (from /etc/os-release on Linux), or undefined where README has none. */
export function osFamily(
  platform: string = process.platform,
  osRelease = readOsRelease(),
): TOsFamily | undefined {
  if (platform === 'darwin') return 'macos';
  const ids = [...osRelease.matchAll(/^ID(?:_LIKE)?="?([^"\n]*)"?$/gm)].flatMap(
    (match) => match[1]?.split(' ') ?? [],
  );
  if (ids.includes('ubuntu')) return 'ubuntu';
  if (ids.includes('debian')) return 'debian';
  if (ids.includes('fedora') || ids.includes('rhel')) return 'fedora';
  return undefined;
}

function readOsRelease(): string {
  try {
    return readFileSync('/etc/os-release', 'utf8');
  } catch {
    return '';
  }
}

/** The major version of the Java on the PATH, or undefined where there is none. */
function javaMajor(): number | undefined {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  const version = /version "(\d+)/.exec(`${result.stderr}${result.stdout}`)?.[1];
  return result.error || !version ? undefined : Number(version);
}

export const java: TPrerequisite = {
  name: 'Java 17+',
  why: 'AWS DynamoDB Local, which npm start and the integration tests run, is a Java program',
  problem: () => {
    const major = javaMajor();
    if (major === undefined) return 'Java was not found';
    return major < 17 ? `Java ${major} found, but DynamoDB Local needs Java 17 or newer` : undefined;
  },
  packages: {
    debian: 'openjdk-17-jre-headless',
    ubuntu: 'openjdk-17-jre-headless',
    fedora: 'java-21-openjdk-headless',
    macos: 'openjdk@17',
  },
};

/** The install line of a prerequisite on a family, e.g. `sudo apt-get install -y poppler-utils`. */
const installLine = (prerequisite: TPrerequisite, family: TOsFamily): string =>
  `${installers[family].command} ${prerequisite.packages[family]}`;

/** This machine's family, or every family where the machine's is unknown: whose install lines to show. */
function familiesHere(): readonly TOsFamily[] {
  const family = osFamily();
  return family ? [family] : osFamilies;
}

/** Says what is missing and why, and the line that installs it on each of the given families. */
export function installAdvice(
  missing: { prerequisite: TPrerequisite; problem: string }[],
  families: readonly TOsFamily[] = familiesHere(),
): string {
  return missing
    .flatMap(({ prerequisite, problem }) => [
      `${problem}: ${prerequisite.why}. Install ${prerequisite.name}:`,
      ...families.map(
        (each) => `  ${`${installers[each].name}:`.padEnd(9)} ${installLine(prerequisite, each)}`,
      ),
    ])
    .join('\n');
}
