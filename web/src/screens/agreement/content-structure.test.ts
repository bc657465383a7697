import { describe, expect, it } from 'vitest';
import type { TAgreementVersion } from '../../../../shared/model/agreement';
import { fixtureAgreement, fixtureUnits } from '../../../../shared/model/agreement.fixture';
import { liveAgreementIssues } from './content-edit';
import {
  addActivity,
  addIndicator,
  addObjective,
  addProgram,
  newIndicatorId,
  nextLetter,
  nextNumber,
  removeAt,
} from './content-structure';

const content = (agreement: TAgreementVersion) => ({
  objectives: agreement.objectives,
  programs: agreement.programs,
  activities: agreement.activities,
});

describe('adding and removing parts of the agreement', () => {
  it('numbers after the highest code in use, never reusing a gap', () => {
    expect(nextNumber(['1', '2', '5'])).toBe(6);
    expect(nextNumber(['2.1', '2.7'])).toBe(8);
    expect(nextNumber([])).toBe(1);
    expect(nextLetter(['a', 'c'])).toBe('d');
    expect(nextLetter([])).toBe('a');
    expect(nextLetter(['z'])).toBe('aa');
    expect(nextLetter(['az'])).toBe('ba');
  });

  it('codes new objectives, programs, activities and indicators as the reports number them', () => {
    let c = content(fixtureAgreement());
    c = addObjective(c);
    expect(c.objectives.at(-1)).toEqual({ code: '2', name: '', indicators: [] });
    c = addIndicator(c, 'objectives.1', { id: 'iku-baru', unitId: 'bidang-a' });
    expect(c.objectives[1]?.indicators[0]).toMatchObject({
      id: 'iku-baru',
      code: 'IKU-2',
      responsibleUnitIds: ['bidang-a'],
      quarterTargets: [0, 0, 0, 0],
    });
    c = addProgram(c, 'sekretariat');
    expect(c.programs.at(-1)).toMatchObject({ code: '3', unitId: 'sekretariat', indicators: [] });
    c = addIndicator(c, 'programs.0', { id: 'outcome-baru', unitId: 'bidang-a' });
    expect(c.programs[0]?.indicators.map((i) => i.code)).toEqual(['1.a', '1.b']);
    c = addActivity(c, '1', 'bidang-a');
    // Placed after its program's other activities, numbered after them.
    expect(c.activities.map((a) => a.code)).toEqual(['1.1', '1.2', '1.3', '2.1']);
    c = addIndicator(c, 'activities.2', { id: 'output-baru', unitId: 'bidang-a' });
    expect(c.activities[2]?.indicators[0]?.code).toBe('1.3.a');
  });

  it('keeps codes and ids when something before them is removed', () => {
    let c = content(fixtureAgreement());
    c = addActivity(c, '1', 'bidang-a'); // 1.3
    c = removeAt(c, 'activities.0'); // 1.1 goes
    expect(c.activities.map((a) => a.code)).toEqual(['1.2', '1.3', '2.1']);
    c = addActivity(c, '1', 'bidang-a');
    expect(c.activities.map((a) => a.code)).toEqual(['1.2', '1.3', '1.4', '2.1']);
    c = removeAt(c, 'activities.0.indicators.0');
    expect(c.activities[0]?.indicators).toEqual([]);
  });

  it('removes a program with its activities, so no activity is left without one', () => {
    const c = removeAt(content(fixtureAgreement()), 'programs.0');
    expect(c.programs.map((p) => p.code)).toEqual(['2']);
    expect(c.activities.map((a) => a.code)).toEqual(['2.1']);
    expect(removeAt(c, 'objectives.0').objectives).toEqual([]);
  });

  it('gives new indicators ids no other indicator has', () => {
    const c = content(fixtureAgreement());
    const sequence = [0, 0, 0, 0, 0, 0, 0, 0, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5];
    let n = 0;
    const random = () => sequence[n++ % sequence.length] ?? 0;
    const first = newIndicatorId(c, random);
    expect(first).toBe('indikator-00000000');
    const withFirst = addIndicator(c, 'programs.1', { id: first, unitId: 'sekretariat' });
    n = 0;
    expect(newIndicatorId(withFirst, random)).toBe('indikator-iiiiiiii');
    expect(newIndicatorId(c)).toMatch(/^indikator-[a-z0-9]{8}$/);
  });

  it('shows a new indicator’s blank fields and the rules at once, as the API would', () => {
    const agreement = fixtureAgreement();
    const added = addIndicator(content(agreement), 'programs.1', { id: 'baru', unitId: 'sekretariat' });
    const issues = liveAgreementIssues({ ...agreement, ...added }, fixtureUnits);
    const paths = issues.map((issue) => issue.path);
    expect(paths).toContain('programs.1.indicators.0.name');
    expect(paths).toContain('programs.1.indicators.0.unit');
    // The fixture is consistent otherwise.
    expect(paths.every((path) => path.startsWith('programs.1.indicators.0.'))).toBe(true);
    expect(liveAgreementIssues(agreement, fixtureUnits)).toEqual([]);
  });
});
