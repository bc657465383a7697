/**
 * What the tests need from the machine beyond npm packages, checked before they run (`npm test`
 * runs this first, `npm run test:unit` with `unit`): a missing one stops the run at once with the
 * package named and the line that installs it, instead of a stack trace minutes later.
 *   node --import tsx test/check-prerequisites.ts [unit|integration|browser …] [--debian-packages]
 * `--debian-packages` prints the Debian packages of what is missing instead (for .ci/run).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import * as z from 'zod';
import { installAdvice, java, type TPrerequisite } from '../functions/local/prerequisites.js';
import { findChromium } from './support/chromium.js';

const tiers = ['unit', 'integration', 'browser'] as const;
type TTier = (typeof tiers)[number];

const ZPackageSchema = z.object({ engines: z.object({ node: z.string() }) });
const supportedNode = ZPackageSchema.parse(
  JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8')),
).engines.node;

const onPath = (command: string) => !spawnSync(command, ['-v'], { stdio: 'ignore' }).error;
const popplerTools = ['pdftoppm', 'pdftotext', 'pdfinfo', 'pdffonts'];

const poppler: TPrerequisite = {
  name: 'poppler-utils',
  why: 'the report tests render PDF pages and read their text with pdftoppm, pdftotext, pdfinfo and pdffonts',
  problem: () => {
    const missing = popplerTools.filter((tool) => !onPath(tool));
    return missing.length ? `${missing.join(', ')} not found` : undefined;
  },
  packages: { debian: 'poppler-utils', ubuntu: 'poppler-utils', fedora: 'poppler-utils', macos: 'poppler' },
};

const chromium: TPrerequisite = {
  name: 'chromium',
  why: 'the browser tests drive Chromium (or Google Chrome) through playwright-core',
  problem: () => {
    const found = findChromium();
    return 'problem' in found ? found.problem : undefined;
  },
  packages: {
    debian: 'chromium',
    ubuntu: 'chromium-browser',
    fedora: 'chromium',
    macos: '--cask google-chrome',
  },
};

const needs: { prerequisite: TPrerequisite; tiers: readonly TTier[] }[] = [
  { prerequisite: poppler, tiers: ['unit', 'integration'] },
  { prerequisite: java, tiers: ['integration', 'browser'] },
  { prerequisite: chromium, tiers: ['browser'] },
];

// Node comes first: the rest of the advice assumes a working npm.
if (!semver.satisfies(process.version, supportedNode)) {
  console.error(
    `Node.js ${process.version} is running; Capaian supports ${supportedNode} (README).\n` +
      'Install one from https://nodejs.org, or with nvm: nvm install 22',
  );
  process.exit(1);
}

const args = process.argv.slice(2);
const chosen = tiers.filter((tier) => args.includes(tier));
const running = chosen.length ? chosen : tiers;
const missing = needs
  .filter((need) => need.tiers.some((tier) => running.includes(tier)))
  .flatMap(({ prerequisite }) => {
    const problem = prerequisite.problem();
    return problem ? [{ prerequisite, problem }] : [];
  });

if (args.includes('--debian-packages')) {
  console.log(missing.map(({ prerequisite }) => prerequisite.packages.debian).join(' '));
} else if (missing.length) {
  console.error(`The tests need what this machine lacks:\n${installAdvice(missing)}`);
  process.exit(1);
}
