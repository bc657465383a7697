import { afterEach, describe, expect, it } from 'vitest';
import { largeAgreement, regionLargestShape } from '../../test/support/large-agreement.js';
import { setLocaleSource } from '../i18n.js';
import { maxStoredBytes, storedBytes } from '../model/stored-size.js';
import { seedUnits } from '../seed/organisation.js';
import { importProblems } from './import-problems.js';

const units = Object.values(seedUnits);
const identity = { agencyId: 'dinsos-hss', year: 2026, version: 2, kind: 'perubahan' as const };
/** What an upload read as this content, with no cell that a rule's problem could be placed at. */
const problemsOf = (shape: Partial<typeof regionLargestShape>) =>
  importProblems(
    {
      content: largeAgreement(
        { ...regionLargestShape, ...shape },
        units.map((unit) => unit.id),
      ),
      places: new Map(),
      problems: [],
      defaults: [],
    },
    identity,
    units,
  ).problems.map((problem) => problem.message);

describe('an imported agreement’s problems that no cell stands for', () => {
  afterEach(() => setLocaleSource(() => 'id'));
  const tooLarge = { letter: '€', nameLength: 200, tag: 'c' };

  it('says the agreement as a whole is too large to store as a sentence, in either language', () => {
    const content = largeAgreement(
      { ...regionLargestShape, ...tooLarge },
      units.map((unit) => unit.id),
    );
    expect(storedBytes(content)).toBeGreaterThan(maxStoredBytes);
    expect(problemsOf(tooLarge)).toEqual([
      expect.stringMatching(
        /^Perjanjian kinerja terlalu besar untuk disimpan \(.* KB dari paling banyak 300 KB\)/,
      ),
    ]);
    setLocaleSource(() => 'en');
    expect(problemsOf(tooLarge)).toEqual([
      expect.stringMatching(/^The performance agreement is too large to store \(.* KB of at most 300 KB\)/),
    ]);
  });

  it('names the field of a list too long', () => {
    expect(problemsOf({ objectives: 51, nameLength: 30, tag: 'f' })).toEqual(['Sasaran: paling banyak 50']);
    setLocaleSource(() => 'en');
    expect(problemsOf({ objectives: 51, nameLength: 30, tag: 'f' })).toEqual(['Objective: at most 50']);
  });
});
