import { describe, expect, it } from 'vitest';
import { versionForQuarter } from '../../functions/agreement/agreement-in-force.js';
import { documents } from '../../functions/db/client.js';
import { readQuarter, readYear } from '../../functions/db/year.js';
import { seedAgency } from '../../shared/seed/organisation.js';
import { withSeededStore } from '../support/seeded-store.js';

withSeededStore();

// What each query of the table answered, while `recording` is set.
let recording: Record<string, unknown>[][] | undefined;
documents.middlewareStack.add(
  (next) => async (args) => {
    const result = await next(args);
    const output: unknown = result.output;
    const items = output instanceof Object && 'Items' in output ? output.Items : undefined;
    if (Array.isArray(items)) recording?.push(items);
    return result;
  },
  { step: 'initialize', name: 'recordAnswers' },
);

describe('readQuarter', () => {
  it('reads a quarter, its parts and which agreement version is in force in one query, without any agreement’s content', async () => {
    const year = await readYear(seedAgency.id, 2019);
    recording = [];
    const found = await readQuarter(seedAgency.id, 2019, 4);
    const answers = recording;
    recording = undefined;

    expect(answers).toHaveLength(1);
    expect(answers.flat().some((item) => 'agreement' in item)).toBe(false);
    expect(found.quarter).toEqual(year.quarters.find((q) => q.quarter === 4));
    expect(found.parts).toEqual(year.parts.filter((part) => part.content.quarter === 4));
    expect(found.parts).toHaveLength(4);
    expect(found.agreements.map((a) => a.version)).toEqual(year.agreements.map((a) => a.version));
    expect(versionForQuarter(found.agreements, 4)?.version).toBe(
      versionForQuarter(year.agreements, 4)?.version,
    );
  });
});
