import { afterEach, describe, expect, it } from 'vitest';
import { setLocaleSource } from '../i18n.js';
import { fixtureAgreement, fixtureUnits } from './agreement.fixture.js';
import type { TAgreementVersion } from './agreement.js';
import { checkAgreement, validateAgreementVersion } from './agreement-rules.js';

const issuesOf = (change: (a: TAgreementVersion) => void) => {
  const agreement = fixtureAgreement();
  change(agreement);
  return checkAgreement(agreement, fixtureUnits);
};
const paths = (change: (a: TAgreementVersion) => void) => issuesOf(change).map((i) => i.path);

describe('checkAgreement', () => {
  it('finds nothing wrong with a consistent agreement', () => {
    expect(checkAgreement(fixtureAgreement(), fixtureUnits)).toEqual([]);
  });

  it('wants sum-kind quarter targets to add up to the annual target, decimals included', () => {
    const issues = issuesOf((a) => {
      const output = a.activities[0]?.indicators[0];
      if (output) output.quarterTargets = [0, 0, 20, 19];
    });
    expect(issues).toEqual([
      {
        path: 'activities.0.indicators.0.quarterTargets',
        message: 'jumlah target TW1–TW4 (39) harus sama dengan target tahunan (40)',
      },
    ]);
    const decimals = paths((a) => {
      const iku = a.objectives[0]?.indicators[0];
      if (iku) Object.assign(iku, { target: 65.74, quarterTargets: [39.29, 19.61, 6.57, 0.27] });
    });
    expect(decimals).toEqual([]);
  });

  it("holds targets to the indicator's number kind: a count whole and ≥ 0, negatives only when signed", () => {
    const issues = issuesOf((a) => {
      const persons = a.activities[0]?.indicators[0];
      if (persons) Object.assign(persons, { target: -5, quarterTargets: [0, 0, -5.5, 0.5] });
    });
    expect(issues.map((i) => [i.path, i.message])).toEqual([
      ['activities.0.indicators.0.target', '-5: tidak boleh negatif (indikator ini tidak bertanda)'],
      ['activities.0.indicators.0.quarterTargets.2', '-5,5: jumlah harus bilangan bulat'],
      ['activities.0.indicators.0.quarterTargets.3', '0,5: jumlah harus bilangan bulat'],
    ]);
    const growth = paths((a) => {
      const rate = a.programs[0]?.indicators[0];
      if (rate)
        Object.assign(rate, {
          unit: 'Persen',
          numberKind: 'signed',
          target: -2,
          quarterTargets: [-1, -1, 0, 0],
        });
    });
    expect(growth).toEqual([]);
  });

  it('wants cumulative targets never to fall and to end at the annual target', () => {
    const issues = issuesOf((a) => {
      const documents = a.activities[1]?.indicators[0];
      if (documents) documents.quarterTargets = [10, 9, 13, 14];
    });
    expect(issues.map((i) => i.path)).toEqual([
      'activities.1.indicators.0.quarterTargets.1',
      'activities.1.indicators.0.quarterTargets.3',
    ]);
    expect(issues[0]?.message).toBe('target kumulatif tidak boleh turun: TW2 (9) < TW1 (10)');
  });

  it('wants level targets to equal the annual target every quarter', () => {
    const issues = issuesOf((a) => {
      const food = a.activities[2]?.indicators[0];
      if (food) food.quarterTargets = [100, 100, 90, 100];
    });
    expect(issues).toEqual([
      {
        path: 'activities.2.indicators.0.quarterTargets.2',
        message: 'target tetap: TW3 (90) harus sama dengan target tahunan (100)',
      },
    ]);
  });

  it('wants unique codes and indicator ids', () => {
    expect(
      paths((a) => {
        const [first, second] = a.activities;
        if (first && second) second.code = first.code;
        const outcome = a.programs[0]?.indicators[0];
        if (outcome) outcome.id = 'output-a';
      }),
    ).toEqual(['activities.1.code', 'activities.0.indicators.0.id']);
  });

  it('wants each activity under an existing program, numbered after it, with a unit of the agency', () => {
    const issues = issuesOf((a) => {
      const [first, second, third] = a.activities;
      if (first && second && third) {
        first.programCode = '9';
        second.code = '2.9';
        third.unitId = 'bidang-lain';
      }
    });
    expect(issues.map((i) => i.path)).toEqual([
      'activities.0.programCode',
      'activities.1.code',
      'activities.2.unitId',
    ]);
    expect(issues[2]?.message).toBe('unit "bidang-lain" tidak ada di perangkat daerah ini');
  });

  it('checks budgets, units of programs and key indicators, and the version kind', () => {
    expect(
      paths((a) => {
        a.kind = 'perubahan';
        const first = a.activities[0];
        if (first) first.budget = 1.5;
        const program = a.programs[1];
        if (program) program.unitId = 'hilang';
        const iku = a.objectives[0]?.indicators[0];
        if (iku) iku.responsibleUnitIds = ['bidang-a', 'hilang'];
      }),
    ).toEqual([
      'kind',
      'objectives.0.indicators.0.responsibleUnitIds.1',
      'programs.1.unitId',
      'activities.0.budget',
    ]);
  });
});

describe('validateAgreementVersion', () => {
  it('returns the parsed agreement when valid', () => {
    const result = validateAgreementVersion(fixtureAgreement(), fixtureUnits);
    expect(result).toEqual({ success: true, data: fixtureAgreement() });
  });

  it('returns every structural issue with its field path and an Indonesian message', () => {
    const input = {
      ...fixtureAgreement(),
      year: 1999,
      activities: [{ ...fixtureAgreement().activities[0], budget: -5 }],
    };
    const result = validateAgreementVersion(input, fixtureUnits);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map((i) => i.path)).toEqual(['year', 'activities.0.budget']);
    expect(result.issues[1]?.message).toBe(
      'harus berupa bilangan bulat Rupiah, tidak negatif, paling besar Rp 10.000.000.000.000',
    );
    expect(result.issues[0]?.message).toBe('paling kecil 2000');
  });

  it('returns the rule issues once the structure is right', () => {
    const input = { ...fixtureAgreement(), version: 2 };
    expect(validateAgreementVersion(input, fixtureUnits)).toEqual({
      success: false,
      issues: [{ path: 'kind', message: 'versi 1 adalah PK Murni, versi berikutnya PK Perubahan' }],
    });
  });
});

describe('in English', () => {
  afterEach(() => setLocaleSource(() => 'id'));
  const sumOff = (a: TAgreementVersion) => {
    const output = a.activities[0]?.indicators[0];
    if (output) Object.assign(output, { unit: 'Persen', quarterTargets: [0, 0, 20, 19.5] });
  };

  it("words the rules and writes the numbers in the reader's language", () => {
    expect(issuesOf(sumOff)[0]?.message).toBe(
      'jumlah target TW1–TW4 (39,5) harus sama dengan target tahunan (40)',
    );
    setLocaleSource(() => 'en');
    expect(issuesOf(sumOff)).toEqual([
      {
        path: 'activities.0.indicators.0.quarterTargets',
        message: 'the sum of the Q1–Q4 targets (39.5) must equal the annual target (40)',
      },
    ]);
    expect(issuesOf((a) => Object.assign(a, { version: 2 }))[0]?.message).toBe(
      'version 1 is the original agreement (PK Murni), later versions are revisions (PK Perubahan)',
    );
  });

  it("gives zod's own messages in English too when validating", () => {
    setLocaleSource(() => 'en');
    const result = validateAgreementVersion({ ...fixtureAgreement(), year: 1999 }, fixtureUnits);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues[0]?.message).toBe('at least 2000');
  });
});
