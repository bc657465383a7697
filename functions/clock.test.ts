import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startClockAt, systemClock } from './clock.js';

const functionsDir = import.meta.dirname;

describe('the clock', () => {
  it('is the only reader of the time of day in functions/: the rest takes a TClock or systemClock', () => {
    const readers = readdirSync(functionsDir, { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
      .filter((file) => /new Date\(\)/.test(readFileSync(join(functionsDir, file), 'utf8')))
      .map((file) => relative(functionsDir, join(functionsDir, file)));
    expect(readers).toEqual(['clock.ts']);
  });

  it('starts on another day in local mode and runs on from there', async () => {
    const real = systemClock.now;
    try {
      startClockAt('2027-01-06T09:00:00+08:00');
      const first = Date.parse(systemClock.now());
      expect(first - Date.parse('2027-01-06T01:00:00Z')).toBeLessThan(1000);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(Date.parse(systemClock.now())).toBeGreaterThan(first);
      expect(() => startClockAt('besok pagi')).toThrow(/not a moment/);
    } finally {
      systemClock.now = real;
    }
  });

  it('is moved only by the local start, never by a Lambda entry', () => {
    const movers = readdirSync(functionsDir, { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file) && file !== 'clock.ts')
      .filter((file) => /startClockAt/.test(readFileSync(join(functionsDir, file), 'utf8')));
    expect(movers).toEqual(['local/start.ts']);
  });
});
