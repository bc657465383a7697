import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';

// npm warns EBADENGINE when a package's `engines.node` refuses the running Node; this checks the
// lock file the same way (semver, pre-releases included) for the oldest of each supported line.
const root = join(import.meta.dirname, '..');
const readJson = (file: string): unknown => JSON.parse(readFileSync(join(root, file), 'utf8'));
const supported = z.object({ engines: z.object({ node: z.string() }) }).parse(readJson('package.json'))
  .engines.node;
const ZLockSchema = z.object({
  packages: z.record(
    z.string(),
    z.object({ version: z.string().optional(), engines: z.unknown().optional() }),
  ),
});
const locked = Object.entries(ZLockSchema.parse(readJson('package-lock.json')).packages).flatMap(
  ([path, { version, engines }]) => {
    const node = z.object({ node: z.string() }).safeParse(engines);
    return node.success
      ? [{ name: `${path.replace(/^.*node_modules\//, '')}@${version}`, node: node.data.node }]
      : [];
  },
);
const oldestOfEachLine = supported.split('||').map((line) => semver.minVersion(line)?.version ?? '');

describe('the supported Node versions (package.json engines, README)', () => {
  it('are the 20, 22 and 24 lines, each from its oldest release', () => {
    expect(oldestOfEachLine).toEqual(['20.19.0', '22.13.0', '24.0.0']);
  });

  it.each(oldestOfEachLine)(
    'Node %s is accepted by every locked package: npm ci warns of no engine',
    (node) => {
      const refusing = locked.filter(
        (entry) => !semver.satisfies(node, entry.node, { includePrerelease: true }),
      );
      expect(refusing).toEqual([]);
    },
  );

  it('are named in the README', () => {
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toContain('Node.js 20.19+, 22.13+ or 24+');
  });
});
