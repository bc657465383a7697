import { describe, expect, it } from 'vitest';
import { versionForQuarter, versionInForce } from '../../functions/agreement/agreement-in-force.js';
import { documents } from '../../functions/db/client.js';
import {
  readQuarter,
  readQuarters,
  readYear,
  readYearInForce,
  readYearsStanding,
} from '../../functions/db/year.js';
import { seedAgency } from '../../shared/seed/organisation.js';
import { withSeededStore } from '../support/seeded-store.js';

withSeededStore();

// What each query of the table answered, while `recording` is set; and every call's command.
let recording: Record<string, unknown>[][] | undefined;
const commands: string[] = [];
documents.middlewareStack.add(
  (next, context) => async (args) => {
    commands.push(context.commandName ?? '?');
    const result = await next(args);
    const output: unknown = result.output;
    const items = output instanceof Object && 'Items' in output ? output.Items : undefined;
    if (Array.isArray(items)) recording?.push(items);
    return result;
  },
  { step: 'initialize', name: 'recordAnswers' },
);

/** The items each query of `read` answered. */
async function answersOf(read: () => Promise<unknown>): Promise<Record<string, unknown>[][]> {
  recording = [];
  await read();
  const answers = recording;
  recording = undefined;
  return answers;
}

describe('readQuarters', () => {
  it("reads the year's quarters and parts in one query, neither the agreements nor the evidence files", async () => {
    const year = await readYear(seedAgency.id, 2019);
    let found: Awaited<ReturnType<typeof readQuarters>> | undefined;
    const answers = await answersOf(async () => {
      found = await readQuarters(seedAgency.id, 2019);
    });

    expect(answers).toHaveLength(1);
    expect(answers.flat().every((item) => String(item.sk).startsWith('QUARTER#'))).toBe(true);
    expect(found).toEqual({ quarters: year.quarters, parts: year.parts });
  });
});

describe('readYearsStanding', () => {
  it("reads the years' quarters, parts and agreement versions' standing in one query, without any agreement’s content", async () => {
    const year = await readYear(seedAgency.id, 2019);
    let found: Awaited<ReturnType<typeof readYearsStanding>> | undefined;
    const answers = await answersOf(async () => {
      found = await readYearsStanding(seedAgency.id, 2018, 2019);
    });

    expect(answers).toHaveLength(1);
    expect(answers.flat().some((item) => 'agreement' in item)).toBe(false);
    expect(found?.get(2018)).toEqual({ quarters: [], parts: [], agreements: [] });
    expect(found?.get(2019)).toEqual({
      quarters: year.quarters,
      parts: year.parts,
      agreements: year.agreements.map(({ version, state, effectiveFromQuarter }) => ({
        version,
        state,
        ...(effectiveFromQuarter && { effectiveFromQuarter }),
      })),
    });
  });
});

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

describe('readYearInForce', () => {
  it("reads the year's standing in one query and of the agreements' contents only the version picked, once per process", async () => {
    const year = await readYear(seedAgency.id, 2019);
    const firstQuarters = ({ agreements }: { agreements: Parameters<typeof versionInForce>[0] }) =>
      versionForQuarter(agreements, 1);
    commands.length = 0;
    const answers = await answersOf(async () => {
      const found = await readYearInForce(seedAgency.id, 2019, firstQuarters);
      expect(found.inForce).toEqual(versionForQuarter(year.agreements, 1));
      expect(found.parts).toEqual(year.parts);
      expect(found.quarters).toEqual(year.quarters);
    });
    // The year without any content, then the one version picked.
    expect(commands).toEqual(['QueryCommand', 'GetItemCommand']);
    expect(answers.flat().some((item) => 'agreement' in item)).toBe(false);

    commands.length = 0;
    const again = await readYearInForce(seedAgency.id, 2019, firstQuarters);
    expect(commands).toEqual(['QueryCommand']);
    expect(again.inForce?.version).toBe(1);
    const latest = await readYearInForce(seedAgency.id, 2019, ({ agreements }) => versionInForce(agreements));
    expect(latest.inForce).toEqual(versionInForce(year.agreements));
    expect(latest.inForce?.version).toBe(2);
  });
});

describe('readYear, shared', () => {
  it('gives each unchanged item as the one frozen record the pages share, equal to a fresh read', async () => {
    const fresh = await readYear(seedAgency.id, 2019);
    const shared = await readYear(seedAgency.id, 2019, { shared: true });
    expect(shared).toEqual(fresh);
    const again = await readYear(seedAgency.id, 2019, { shared: true });
    expect(again.parts[0]).toBe(shared.parts[0]);
    expect(again.agreements[0]).toBe(shared.agreements[0]);
    expect(Object.isFrozen(again.parts[0]?.content)).toBe(true);
    // A quarter's parts as the pages read them (their standing) are the very same records.
    expect((await readYearsStanding(seedAgency.id, 2019, 2019)).get(2019)?.parts).toContain(shared.parts[0]);
  });
});
