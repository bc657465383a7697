import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ZErrorBodySchema } from '../../functions/api/schemas/common.js';
import { openYear } from '../../functions/local/seed-demo.js';
import { addDays } from '../../shared/calendar/working-days.js';
import { decimalsOf, figureLimits } from '../../shared/model/figure.js';
import { seedRegion } from '../../shared/seed/organisation.js';
import { untypedRequest } from '../support/api-client.js';
import { completeEntry } from '../support/fill-part.js';
import { withSeededStore } from '../support/seeded-store.js';

withSeededStore();

const year = `/api/agencies/dinsos-hss/years/${openYear()}`;
const partPath = `${year}/quarters/2/parts/perlindungan-jaminan`;

/** Well-formed nonsense: each JSON number or string a field may be given at its boundaries. */
const numbers = [0, -0, -1, 0.5, 1e-4, 1.23456, 1e-300, 5e-324, 2 ** 53 + 2, 1e15, 1e16, 1e308, -1e10];
const texts = [
  '',
  ' ',
  '\t\n',
  '\u0000x',
  '\u202ePDF.exe',
  'a\u2066b',
  'x'.repeat(100_000),
  '🙂',
  '<b>x</b>',
  '2019-02-30',
];

const read = async (path: string, user = 'perencana') => {
  const response = await untypedRequest(user, 'GET', path, undefined);
  expect(response.status, path).toBe(200);
  return response.json();
};

type TTarget = { name: string; method: string; path: string; user: string; body: () => Promise<unknown> };

/** Every write route with a body, each with a body that is accepted as it stands (on today's revision). */
function writeRoutes(draftVersion: number): TTarget[] {
  const agreementOf = async () => (await read(`${year}/agreement`)).version.agreement;
  const draft = async () => (await read(`${year}/agreement/versions/${draftVersion}`)).version;
  const part = async () => (await read(partPath)).part;
  const calendar = async () => read(`${year}/calendar`);
  return [
    {
      name: 'part',
      method: 'PUT',
      path: partPath,
      user: 'kabid-perlindungan',
      body: async () => ({
        revision: (await part()).revision,
        entry: completeEntry(await agreementOf(), 'perlindungan-jaminan', 2),
      }),
    },
    {
      name: 'return',
      method: 'POST',
      path: `${partPath}/return`,
      user: 'verifikator',
      body: async () => ({
        revision: (await part()).revision,
        review: { comment: 'Periksa', indicatorComments: {} },
      }),
    },
    {
      name: 'evidence',
      method: 'POST',
      path: `${partPath}/evidence`,
      user: 'kabid-perlindungan',
      body: async () => ({
        indicatorId: (await part()).content.realisations[0]?.indicatorId ?? 'x',
        fileName: 'daftar.pdf',
        contentType: 'application/pdf',
        size: 1000,
      }),
    },
    {
      name: 'agreement',
      method: 'PUT',
      path: `${year}/agreement/versions/${draftVersion}`,
      user: 'perencana',
      body: async () => {
        const { revision, agreement } = await draft();
        const { agencyId: _a, year: _y, version: _v, kind: _k, ...content } = agreement;
        return { revision, content };
      },
    },
    {
      name: 'settings',
      method: 'PUT',
      path: '/api/agencies/dinsos-hss/settings',
      user: 'perencana',
      body: async () => {
        const { revision, ...settings } = await read('/api/agencies/dinsos-hss/settings');
        return { revision, settings };
      },
    },
    {
      name: 'deadline rule',
      method: 'PUT',
      path: `/api/regions/${seedRegion.id}/deadline-rule`,
      user: 'admin-bappeda',
      body: async () => {
        const { rule } = await calendar();
        return {
          revision: rule.revision,
          workingDays: rule.workingDays,
          decree: 'Perbup HSS Nomor 12 Tahun 2026',
        };
      },
    },
    {
      name: 'holidays',
      method: 'PUT',
      path: `/api/regions/${seedRegion.id}/holidays`,
      user: 'admin-bappeda',
      body: async () => {
        const { revision, year: holidayYear, decree, holidays } = (await calendar()).holidays;
        return { revision, year: holidayYear, decree, holidays };
      },
    },
    {
      name: 'extension',
      method: 'PUT',
      path: `${year}/quarters/4/extension`,
      user: 'admin-bappeda',
      body: async () => {
        const q4 = (await calendar()).quarters.find((q: { quarter: number }) => q.quarter === 4);
        // A week on from the deadline in force is the same weekday: a working day, unless a holiday.
        return {
          revision: q4.revision,
          dueDate: addDays(q4.deadline, 7),
          reason: 'Surat Kepala Dinas 005/123',
        };
      },
    },
    {
      name: 'user',
      method: 'PUT',
      path: '/api/agencies/dinsos-hss/users/pengamat',
      user: 'perencana',
      body: async () => {
        const { users } = await read('/api/agencies/dinsos-hss/users');
        const { id: _id, ...user } = users.find((u: { id: string }) => u.id === 'pengamat');
        return user;
      },
    },
    {
      name: 'me',
      method: 'PUT',
      path: '/api/me',
      user: 'pengamat',
      body: async () => ({ locale: 'id', remindersOff: false }),
    },
    {
      name: 'acting',
      method: 'POST',
      path: '/api/agencies/dinsos-hss/acting',
      user: 'kepala-dinas',
      body: async () => ({
        kind: 'plh',
        duty: 'head',
        userId: 'sekretaris',
        from: '2030-01-06',
        until: '2030-01-08',
      }),
    },
  ];
}

/** Each path to a number or a string in a JSON value, with the value there. */
function leaves(
  value: unknown,
  path: (string | number)[] = [],
): { path: (string | number)[]; value: unknown }[] {
  if (typeof value === 'number' || typeof value === 'string') return [{ path, value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => leaves(item, [...path, i]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => leaves(item, [...path, key]));
  return [];
}

function replaced(value: unknown, path: (string | number)[], by: unknown): unknown {
  const copy = structuredClone(value);
  let at: Record<string | number, unknown> = copy as Record<string, unknown>;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  const last = path.at(-1);
  if (last !== undefined) at[last] = by;
  return copy;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: what must never be stored
const badCharacters = /[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/;

/** What nobody can have meant, wherever it is stored: unstorable numbers, control and bidi characters. */
function nonsenseIn(stored: unknown): string[] {
  return leaves(stored).flatMap(({ path, value }) => {
    const where = path.join('.');
    if (typeof value === 'number') {
      const unsafe = !Number.isFinite(value) || Math.abs(value) > figureLimits.count;
      // Money and counts are whole; figures carry at most 4 decimals (percentages computed on the fly are not stored).
      return unsafe || decimalsOf(value) > 4 ? [`${where}: ${value}`] : [];
    }
    return typeof value === 'string' && badCharacters.test(value)
      ? [`${where}: ${JSON.stringify(value)}`]
      : [];
  });
}

describe('well-formed nonsense at every numeric and text boundary of every write route', () => {
  it('is refused or stored sensibly, never a 5xx, and nothing nonsensical is stored', async () => {
    const created = await untypedRequest('perencana', 'POST', `${year}/agreement/versions`, {});
    expect(created.status).toBe(201);
    const draftVersion: number = (await created.json()).version;
    const routes = writeRoutes(draftVersion);
    // Every route's own body first: saved (the return of a draft part: 409), so a refusal below is about the nonsense.
    for (const target of routes) {
      const body = await target.body();
      const response = await untypedRequest(target.user, target.method, target.path, body);
      expect(response.status, `${target.name}: ${await response.clone().text()}`).toBeLessThan(500);
    }
    const answered = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes),
        fc.nat(),
        fc.oneof(fc.constantFrom(...numbers), fc.constantFrom(...texts)),
        async (target, pick, nonsense) => {
          const body = await target.body();
          const all = leaves(body);
          const leaf = all[pick % all.length];
          if (!leaf) return;
          const response = await untypedRequest(
            target.user,
            target.method,
            target.path,
            replaced(body, leaf.path, nonsense),
          );
          answered.set(response.status, (answered.get(response.status) ?? 0) + 1);
          const text = await response.text();
          expect(
            response.status,
            `${target.name} ${leaf.path.join('.')} = ${String(nonsense).slice(0, 20)}: ${text.slice(0, 300)}`,
          ).toBeLessThan(500);
          if (response.status >= 400) ZErrorBodySchema.parse(JSON.parse(text));
        },
      ),
      { numRuns: 200, seed: 11 },
    );
    // Both kinds of answer were seen: refusals and saves.
    expect([...answered.keys()].some((status) => status >= 400)).toBe(true);
    expect([...answered.keys()].some((status) => status < 300)).toBe(true);

    const stored = {
      part: await read(partPath),
      agreement: await read(`${year}/agreement`),
      // The draft the fuzz saved into, whole (the agreement's own read brings the version in force).
      draft: await read(`${year}/agreement/versions/${draftVersion}`),
      settings: await read('/api/agencies/dinsos-hss/settings'),
      quarters: await read(`${year}/quarters`),
      users: await read('/api/agencies/dinsos-hss/users'),
      acting: await read('/api/agencies/dinsos-hss/acting', 'kepala-dinas'),
      evidence: await read(`${partPath}/evidence`),
    };
    expect(nonsenseIn(stored)).toEqual([]);
  }, 240_000);
});
