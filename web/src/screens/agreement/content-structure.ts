import type { TActivity, TObjective, TProgram } from '../../../../shared/model/agreement';
import type { TAgreementContent } from '../../../../shared/model/agreement-content';
import type { TIndicator, TKeyIndicator } from '../../../../shared/model/indicator';

/**
 * Adding and removing the agreement's parts. A new part gets its code once, when it is added
 * (the next after the highest in use), and a new indicator an id no version has used: removing
 * something later never renumbers the others, so realisations and reports keep pointing at the
 * right indicator.
 */

/** The number after the highest last segment of the codes ("1.2", "1.7" → 8); 1 where there are none. */
export function nextNumber(codes: readonly string[]): number {
  const numbers = codes.map((code) => Number(code.split('.').at(-1))).filter(Number.isInteger);
  return Math.max(0, ...numbers) + 1;
}

/** a … z, then aa, ab …: the letter after the highest in use. */
export function nextLetter(used: readonly string[]): string {
  const rank = (letters: string) =>
    /^[a-z]+$/.test(letters) ? [...letters].reduce((n, c) => n * 26 + (c.charCodeAt(0) - 96), 0) : 0;
  let n = Math.max(0, ...used.map(rank)) + 1;
  let letters = '';
  while (n > 0) {
    const digit = (n - 1) % 26;
    letters = String.fromCharCode(97 + digit) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Where indicators sit: "objectives.0", "programs.3", "activities.12". */
export type TOwnerPath = `${'objectives' | 'programs' | 'activities'}.${number}`;

function ownerAt(
  content: TAgreementContent,
  owner: TOwnerPath,
): TObjective | TProgram | TActivity | undefined {
  const [list, index] = owner.split('.');
  const i = Number(index);
  if (list === 'objectives') return content.objectives[i];
  if (list === 'programs') return content.programs[i];
  return content.activities[i];
}

/** A key indicator is IKU-n across the objectives; a program's or activity's is its code and a letter. */
function nextIndicatorCode(content: TAgreementContent, owner: TOwnerPath): string {
  if (owner.startsWith('objectives.')) {
    const used = content.objectives.flatMap((o) =>
      o.indicators.map((i) => /^IKU-(\d+)$/.exec(i.code)?.[1] ?? ''),
    );
    return `IKU-${nextNumber(used)}`;
  }
  const code = ownerAt(content, owner)?.code ?? '';
  const letters = (ownerAt(content, owner)?.indicators ?? []).map((i) =>
    i.code.startsWith(`${code}.`) ? i.code.slice(code.length + 1) : '',
  );
  return `${code}.${nextLetter(letters)}`;
}

const allIndicatorIds = (content: TAgreementContent) =>
  new Set(
    [...content.objectives, ...content.programs, ...content.activities].flatMap((o) =>
      o.indicators.map((i) => i.id),
    ),
  );

/** An id for a new indicator: "indikator-" and eight random letters or digits, unused here. */
export function newIndicatorId(content: TAgreementContent, random: () => number = Math.random): string {
  const taken = allIndicatorIds(content);
  for (;;) {
    const suffix = Array.from({ length: 8 }, () => Math.floor(random() * 36).toString(36)).join('');
    const id = `indikator-${suffix}`;
    if (!taken.has(id)) return id;
  }
}

const blankIndicator = (id: string, code: string): TIndicator => ({
  id,
  code,
  name: '',
  unit: '',
  numberKind: 'decimal',
  polarity: 'higher',
  aggregation: 'sum',
  target: 0,
  quarterTargets: [0, 0, 0, 0],
});

/** Adds an empty indicator to its owner; a key indicator starts with `unitId` responsible. */
export function addIndicator(
  content: TAgreementContent,
  owner: TOwnerPath,
  options: { id: string; unitId: string },
): TAgreementContent {
  const indicator = blankIndicator(options.id, nextIndicatorCode(content, owner));
  const [list, index] = owner.split('.');
  const at = Number(index);
  if (list === 'objectives') {
    const key: TKeyIndicator = {
      ...indicator,
      formula: '',
      responsibleUnitIds: [options.unitId],
      dataSource: '',
    };
    return {
      ...content,
      objectives: content.objectives.map((o, i) =>
        i === at ? { ...o, indicators: [...o.indicators, key] } : o,
      ),
    };
  }
  if (list === 'programs')
    return {
      ...content,
      programs: content.programs.map((p, i) =>
        i === at ? { ...p, indicators: [...p.indicators, indicator] } : p,
      ),
    };
  return {
    ...content,
    activities: content.activities.map((a, i) =>
      i === at ? { ...a, indicators: [...a.indicators, indicator] } : a,
    ),
  };
}

export const addObjective = (content: TAgreementContent): TAgreementContent => ({
  ...content,
  objectives: [
    ...content.objectives,
    { code: String(nextNumber(content.objectives.map((o) => o.code))), name: '', indicators: [] },
  ],
});

export const addProgram = (content: TAgreementContent, unitId: string): TAgreementContent => ({
  ...content,
  programs: [
    ...content.programs,
    { code: String(nextNumber(content.programs.map((p) => p.code))), name: '', unitId, indicators: [] },
  ],
});

/** A new activity of a program, numbered after the program's others ("2.8"), placed after them. */
export function addActivity(
  content: TAgreementContent,
  programCode: string,
  unitId: string,
): TAgreementContent {
  const siblings = content.activities.filter((a) => a.programCode === programCode);
  const activity: TActivity = {
    code: `${programCode}.${nextNumber(siblings.map((a) => a.code))}`,
    programCode,
    name: '',
    unitId,
    budget: 0,
    indicators: [],
  };
  const last = content.activities.lastIndexOf(siblings.at(-1) ?? activity);
  const activities = [...content.activities];
  activities.splice(last === -1 ? activities.length : last + 1, 0, activity);
  return { ...content, activities };
}

/**
 * Removes the part at a path: an indicator ("programs.2.indicators.1"), an activity, an objective,
 * or a program together with its activities.
 */
export function removeAt(content: TAgreementContent, path: string): TAgreementContent {
  const [list, index, sub, subIndex] = path.split('.');
  const at = Number(index);
  const others = <T>(_: T, i: number) => i !== at;
  if (sub === 'indicators') {
    const drop = <T>(indicators: T[]) => indicators.filter((_, j) => j !== Number(subIndex));
    if (list === 'objectives')
      return {
        ...content,
        objectives: content.objectives.map((o, i) =>
          i === at ? { ...o, indicators: drop(o.indicators) } : o,
        ),
      };
    if (list === 'programs')
      return {
        ...content,
        programs: content.programs.map((p, i) => (i === at ? { ...p, indicators: drop(p.indicators) } : p)),
      };
    return {
      ...content,
      activities: content.activities.map((a, i) => (i === at ? { ...a, indicators: drop(a.indicators) } : a)),
    };
  }
  if (list === 'objectives') return { ...content, objectives: content.objectives.filter(others) };
  if (list === 'activities') return { ...content, activities: content.activities.filter(others) };
  const program = content.programs[at];
  return {
    ...content,
    programs: content.programs.filter(others),
    activities: content.activities.filter((a) => a.programCode !== program?.code),
  };
}
