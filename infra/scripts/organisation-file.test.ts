import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseOrganisationFile } from './organisation-file.js';

const example = JSON.parse(readFileSync(join(import.meta.dirname, 'onboard.example.json'), 'utf8'));

describe('organisation file', () => {
  it('accepts the example: a region, an agency with units, a system admin and a planner', () => {
    const file = parseOrganisationFile(example);
    expect(file.users.map((user) => user.roles)).toEqual([['admin'], ['planner']]);
    expect(file.users[0]?.locale).toBe('id');
  });

  it('names every inconsistency', () => {
    const broken = {
      ...example,
      units: [{ ...example.units[0], agencyId: 'other' }],
      users: [{ ...example.users[1], unitId: 'missing', roles: [] }],
    };
    expect(() => parseOrganisationFile(broken)).toThrow(/users\.0\.roles/);
    expect(() =>
      parseOrganisationFile({ ...broken, users: [{ ...example.users[1], unitId: 'missing' }] }),
    ).toThrow(/units\.0\.agencyId: not the file's agency\n {2}users\.0\.unitId: not one of the file's units/);
    const planningHead = { ...example, users: [{ ...example.users[1], roles: ['planner', 'head'] }] };
    expect(() => parseOrganisationFile(planningHead)).toThrow(
      /users\.0\.roles: a planner is not also the head of the same agency/,
    );
  });
});
