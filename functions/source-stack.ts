import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { fileURLToPath } from 'node:url';

// In a Lambda bundle this module is part of index.mjs, its source map beside it. Under tsx there
// is no map and the stack already names the TypeScript files.
const bundleFile = fileURLToPath(import.meta.url);
let bundleMap: SourceMap | null | undefined;

/** The bundle's source map, read when the first error is logged: never at start, where Node's --enable-source-maps would parse it. */
function sourceMap(): SourceMap | null {
  if (bundleMap === undefined) {
    const mapFile = `${bundleFile}.map`;
    bundleMap = existsSync(mapFile) ? new SourceMap(JSON.parse(readFileSync(mapFile, 'utf8'))) : null;
  }
  return bundleMap;
}

const escaped = bundleFile.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const bundleFrame = new RegExp(`(?:file://)?${escaped}:(\\d+):(\\d+)`, 'g');

/** A stack trace whose frames in the bundle name the TypeScript file, line and column they were built from. */
export function originalStack(stack: string): string {
  const map = sourceMap();
  if (!map) return stack;
  return stack.replace(bundleFrame, (frame, line: string, column: string) => {
    const entry = map.findEntry(Number(line) - 1, Number(column) - 1);
    if (!('originalSource' in entry)) return frame;
    // Sources are relative to the bundle's folder at build time: keep the project path.
    const source = entry.originalSource.replace(/^(?:\.\.\/)+/, '').replace(/^file:\/\//, '');
    return `${source}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
  });
}
