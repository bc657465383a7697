import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The folders of functions/ that a folder's modules import. */
function foldersImportedBy(folder: string): string[] {
  const directory = join(import.meta.dirname, folder);
  const imports = readdirSync(directory)
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .flatMap((name) => [...readFileSync(join(directory, name), 'utf8').matchAll(/from '\.\.\/([\w-]+)\//g)]);
  return [...new Set(imports.map((match) => match[1] ?? ''))];
}

describe('the outbox and its handlers', () => {
  it('point one way: the handlers know nothing of the outbox, the outbox nothing of them', () => {
    expect(foldersImportedBy('notify')).not.toContain('outbox');
    expect(foldersImportedBy('report-files')).not.toContain('outbox');
    expect(foldersImportedBy('outbox')).not.toContain('notify');
    expect(foldersImportedBy('outbox')).not.toContain('report-files');
  });
});
