import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const functionsDir = import.meta.dirname;

describe('the clock', () => {
  it('is the only reader of the time of day in functions/: the rest takes a TClock or systemClock', () => {
    const readers = readdirSync(functionsDir, { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
      .filter((file) => /new Date\(\)/.test(readFileSync(join(functionsDir, file), 'utf8')))
      .map((file) => relative(functionsDir, join(functionsDir, file)));
    expect(readers).toEqual(['clock.ts']);
  });
});
