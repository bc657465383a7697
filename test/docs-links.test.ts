import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// Every relative link of README.md and docs/*.md names a file of the repository, and every
// `#anchor` a heading of its page, so a renamed file or section cannot leave a dead link behind.
const root = join(import.meta.dirname, '..');
const pages = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

/** The page's text without code, where `[x](y)` is no link. */
function prose(markdown: string): string {
  return markdown.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');
}

/** The anchors GitHub gives the page's headings: lower case, punctuation dropped, spaces as '-'. */
function anchors(markdown: string): Set<string> {
  const found = new Set<string>();
  for (const [, heading = ''] of prose(markdown).matchAll(/^#{1,6}\s+(.+?)\s*#*$/gm)) {
    const slug = heading
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    // A heading repeated on the page is numbered: `notes`, `notes-1`, `notes-2`.
    let anchor = slug;
    for (let n = 1; found.has(anchor); n++) anchor = `${slug}-${n}`;
    found.add(anchor);
  }
  return found;
}

/** The page's relative link targets (`file`, `file#anchor`, `#anchor`). */
function links(markdown: string): string[] {
  return [...prose(markdown).matchAll(/!?\[[^\]]*\]\(([^)\s]+)\)/g)]
    .map(([, target = '']) => target)
    .filter((target) => !/^[a-z]+:/i.test(target));
}

describe('the docs link only to what exists', () => {
  it.each(pages)('%s', (page) => {
    const dead: string[] = [];
    for (const target of links(readFileSync(join(root, page), 'utf8'))) {
      const [path = '', anchor] = target.split('#');
      const file = path === '' ? join(root, page) : join(root, dirname(page), decodeURIComponent(path));
      if (!existsSync(file)) dead.push(`${target}: no file ${relative(root, file)}`);
      else if (anchor !== undefined && !anchors(readFileSync(file, 'utf8')).has(anchor))
        dead.push(`${target}: no heading #${anchor}`);
    }
    expect(dead).toEqual([]);
  });
});
