import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The whole catalogue: every module of this folder, every namespace it exports. A namespace
// added anywhere here is checked without being listed.
const catalogueDir = import.meta.dirname;
const root = resolve(catalogueDir, '../..');

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter(
      (entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.(test|fixture)\.tsx?$/.test(entry.name),
    )
    .map((entry) => join(entry.parentPath, entry.name));

type TNamespace = { name: string; file: string; id: unknown; en: unknown };

const isNamespace = (value: unknown): value is { id: object; en: object } =>
  typeof value === 'object' &&
  value !== null &&
  Object.keys(value).sort().join() === 'en,id' &&
  Object.values(value).every((tree) => typeof tree === 'object' && tree !== null);

const namespaces: TNamespace[] = [];
for (const file of sourceFiles(catalogueDir)) {
  const module: Record<string, unknown> = await import(file);
  for (const [name, value] of Object.entries(module)) {
    if (isNamespace(value)) namespaces.push({ name, file: relative(root, file), id: value.id, en: value.en });
  }
}

/** Each message's path and kind: a text, a function of n parameters, a list of n texts. */
function shape(node: unknown, path = ''): string[] {
  if (typeof node === 'string') return [`${path}: text`];
  if (typeof node === 'function') return [`${path}: function of ${node.length}`];
  if (Array.isArray(node)) return [`${path}: list of ${node.length}`];
  if (typeof node === 'object' && node !== null)
    return Object.entries(node).flatMap(([key, child]) => shape(child, path ? `${path}.${key}` : key));
  return [`${path}: ${typeof node}`];
}

const texts = (node: unknown): string[] =>
  typeof node === 'string'
    ? [node]
    : typeof node === 'object' && node !== null
      ? Object.values(node).flatMap(texts)
      : [];

describe('the message catalogue', () => {
  it('is found: every file here declares at least one namespace', () => {
    const files = new Set(namespaces.map((ns) => ns.file));
    const declaring = sourceFiles(catalogueDir).map((file) => relative(root, file));
    expect(declaring.filter((file) => !files.has(file))).toEqual([]);
    expect(namespaces.length).toBeGreaterThan(0);
  });

  it('has English for every Indonesian message, with the same parameters', () => {
    for (const ns of namespaces) {
      expect(shape(ns.en), `${ns.file}: ${ns.name}`).toEqual(shape(ns.id));
    }
  });

  it('has no empty text', () => {
    for (const ns of namespaces) {
      expect(
        [...texts(ns.id), ...texts(ns.en)].filter((text) => text.trim() === ''),
        ns.name,
      ).toEqual([]);
    }
  });

  it('names a quarter in English the English way (Q4), never the Indonesian (TW4)', () => {
    for (const ns of namespaces)
      expect(
        texts(ns.en).filter((text) => /\bTW\d/.test(text)),
        ns.name,
      ).toEqual([]);
  });

  it('has no unused message: each key is named in the code outside the catalogue', () => {
    const code = ['shared', 'functions', 'web/src']
      .flatMap((dir) => sourceFiles(join(root, dir)))
      .filter((file) => !file.startsWith(catalogueDir))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    const named = (word: string) => new RegExp(`\\b${word}\\b`).test(code);
    // A group read by a domain value (`roles[user.role]`) names its keys nowhere.
    const readByValue = (word: string) => new RegExp(`\\b${word}\\[`).test(code);
    const unused = namespaces.flatMap((ns) => {
      const paths = shape(ns.id).map((line) => line.slice(0, line.indexOf(':')).split('.'));
      const missing = paths.filter((path) => {
        const dynamic = path.findIndex(readByValue);
        const checked = dynamic === -1 ? path : path.slice(0, dynamic + 1);
        return !checked.every(named);
      });
      return [...(named(ns.name) ? [] : [ns.name]), ...missing.map((path) => `${ns.name}.${path.join('.')}`)];
    });
    expect(unused).toEqual([]);
  });

  it('is the only place that writes texts in both languages', () => {
    // Pairs, message objects per language, and words chosen by a language test.
    const bilingual = [
      /\ben:\s*[`'"{(]/,
      /\bdefineMessages\(/,
      /\bconst en\b/,
      /\b(?:locale|lang)\s*===\s*'(?:id|en)'\s*\?\s*[`'"][A-Za-z]/,
    ];
    const found = ['shared', 'functions', 'web/src', 'infra']
      .flatMap((dir) => sourceFiles(join(root, dir)))
      .filter((file) => !file.startsWith(catalogueDir) && !file.endsWith('shared/i18n.ts'))
      .filter((file) => bilingual.some((pattern) => pattern.test(readFileSync(file, 'utf8'))))
      .map((file) => relative(root, file));
    expect(found).toEqual([]);
  });
});
