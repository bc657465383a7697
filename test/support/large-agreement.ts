import type { TAgreementContent } from '../../shared/model/agreement-content.js';
import type { TIndicator } from '../../shared/model/indicator.js';

/** How many of each, and how long their texts, in `largeAgreement`. */
export type TAgreementShape = {
  objectives: number;
  indicatorsPerObjective: number;
  programs: number;
  indicatorsPerProgram: number;
  activities: number;
  indicatorsPerActivity: number;
  /** Characters of every name (objective, program, activity, indicator). */
  nameLength: number;
  /** Characters of each IKU's formula and of its data source. */
  formulaLength: number;
  /** The character names are made of: 'a' is one byte in UTF-8, '€' three. */
  letter: string;
  /** Marks ids and codes, so that two agreements of one shape share none. */
  tag: string;
};

/**
 * A region's largest agreement of today, generously: 40 IKU, 40 programs, 200 activities, an
 * indicator each, every name 200 characters long (the seed agency's are 48 on average, 75 at most).
 */
export const regionLargestShape: TAgreementShape = {
  objectives: 10,
  indicatorsPerObjective: 4,
  programs: 40,
  indicatorsPerProgram: 1,
  activities: 200,
  indicatorsPerActivity: 1,
  nameLength: 200,
  formulaLength: 300,
  letter: 'a',
  tag: 'r',
};

const text = (length: number, letter: string, prefix: string) =>
  `${prefix} ${letter.repeat(Math.max(0, length - prefix.length - 1))}`;

/** A consistent agreement of the shape, its units `unitIds` (the first answers for everything). */
export function largeAgreement(shape: TAgreementShape, unitIds: readonly string[]): TAgreementContent {
  const [unitId = 'sekretariat'] = unitIds;
  const name = (prefix: string) => text(shape.nameLength, shape.letter, prefix);
  const indicator = (code: string): TIndicator => ({
    id: code.toLowerCase(),
    code,
    name: name(code),
    unit: 'Orang',
    polarity: 'higher',
    aggregation: 'sum',
    target: 40,
    quarterTargets: [10, 10, 10, 10],
  });
  const many = <T>(count: number, make: (i: number) => T) => Array.from({ length: count }, (_, i) => make(i));
  return {
    objectives: many(shape.objectives, (o) => ({
      code: `${o + 1}`,
      name: name(`Sasaran ${o + 1}`),
      indicators: many(shape.indicatorsPerObjective, (i) => ({
        ...indicator(`${shape.tag}s${o}-${i}`),
        formula: text(shape.formulaLength, shape.letter, 'Rumus'),
        responsibleUnitIds: [...unitIds],
        dataSource: text(shape.formulaLength, shape.letter, 'Sumber'),
      })),
    })),
    programs: many(shape.programs, (p) => ({
      code: `${p + 1}`,
      name: name(`Program ${p + 1}`),
      unitId,
      indicators: many(shape.indicatorsPerProgram, (i) => indicator(`${shape.tag}p${p}-${i}`)),
    })),
    activities: many(shape.activities, (a) => {
      const programCode = `${(a % shape.programs) + 1}`;
      const code = `${programCode}.${Math.floor(a / shape.programs) + 1}`;
      return {
        code,
        programCode,
        name: name(`Kegiatan ${code}`),
        unitId,
        budget: 1_000_000_000,
        indicators: many(shape.indicatorsPerActivity, (i) => indicator(`${shape.tag}k${a}-${i}`)),
      };
    }),
  };
}
