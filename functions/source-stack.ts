import { existsSync, readFileSync } from 'node:fs';
import type { SourceMap } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

// In a Lambda bundle this module is in index.mjs or one of its chunks, each with its source map
// beside it in one folder. Under tsx there are no maps and the stack already names the TypeScript files.
const bundleDir = dirname(fileURLToPath(import.meta.url));
const maps = new Map<string, SourceMap | null>();

/** A bundle file's source map, read when an error from it is first logged: never at start, where Node's --enable-source-maps would parse them all. */
function sourceMap(file: string): SourceMap | null {
  let map = maps.get(file);
  if (map === undefined) {
    const mapFile = `${bundleDir}/${file}.map`;
    // node:module is loaded here, not imported: a start that logs no error need not load it (issue 16).
    const { SourceMap: Reader } = process.getBuiltinModule('node:module');
    map = existsSync(mapFile) ? new Reader(JSON.parse(readFileSync(mapFile, 'utf8'))) : null;
    maps.set(file, map);
  }
  return map;
}

const escaped = bundleDir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const bundleFrame = new RegExp(`(?:file://)?${escaped}/([^/:()\\s]+\\.mjs):(\\d+):(\\d+)`, 'g');

/** A stack trace whose frames in the bundle name the TypeScript file, line and column they were built from. */
export function originalStack(stack: string): string {
  return stack.replace(bundleFrame, (frame, file: string, line: string, column: string) => {
    const entry = sourceMap(file)?.findEntry(Number(line) - 1, Number(column) - 1);
    if (!entry || !('originalSource' in entry)) return frame;
    // Sources are relative to the bundle's folder at build time: keep the project path.
    const source = entry.originalSource.replace(/^(?:\.\.\/)+/, '').replace(/^file:\/\//, '');
    return `${source}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
  });
}
