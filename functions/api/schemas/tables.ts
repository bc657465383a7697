import * as z from 'zod';
import { ZAggregationSchema, ZPolaritySchema, ZRatioSchema } from '../../../shared/model/indicator.js';
import { ZQuarterSchema } from '../../../shared/model/quarter.js';

const quarterly = <T extends z.ZodType>(schema: T) => z.tuple([schema, schema, schema, schema]);
const percent = z.number().nullable();

const ZPerformanceRowSchema = z.object({
  level: z.enum(['objective', 'program', 'activity']),
  code: z.string(),
  ownerName: z.string(),
  indicatorId: z.string(),
  indicatorCode: z.string(),
  indicatorName: z.string(),
  unit: z.string(),
  polarity: ZPolaritySchema,
  aggregation: ZAggregationSchema,
  annualOnly: z.boolean(),
  ratio: ZRatioSchema.nullable(),
  unitIds: z.array(z.string()),
  target: z.number(),
  targetGrade: z.string().nullable(),
  quarterTargets: quarterly(z.number()),
  realisations: quarterly(z.number().nullable()),
  ratioParts: quarterly(z.object({ numerator: z.number(), denominator: z.number() }).nullable()),
  nothingToReport: quarterly(z.boolean()),
  explanations: quarterly(z.string().nullable()),
  quarterAchievements: quarterly(percent),
  toDateAchievements: quarterly(percent),
  toDateBands: quarterly(z.string().nullable()),
  yearRealisation: z.number().nullable(),
  yearParts: z.object({ numerator: z.number(), denominator: z.number() }).nullable(),
  yearFromQuarters: z.number().nullable(),
  yearAchievement: percent,
  band: z.string().nullable(),
  atRisk: z.object({ bestOnPlan: z.number(), bestAchievement: percent }).nullable(),
});

/** What a table is of (TTableScope): an agency's year under one agreement version, up to a quarter, for a unit or (null) the agency. */
const scope = {
  agencyId: z.string(),
  year: z.number(),
  version: z.number(),
  asOfQuarter: ZQuarterSchema,
  unitId: z.string().nullable(),
};

export const ZPerformanceTableSchema = z
  .object({
    ...scope,
    rows: z.array(ZPerformanceRowSchema),
  })
  .meta({
    id: 'PerformanceTable',
    description: 'Figures unrounded; round half-up to 2 decimals for display only.',
  });

const figures = {
  allocation: z.int(),
  realised: z.int(),
  absorption: percent,
  remainder: z.int(),
};
const ZBudgetActivityRowSchema = z.object({
  ...figures,
  code: z.string(),
  name: z.string(),
  unitId: z.string(),
});

export const ZBudgetTableSchema = z
  .object({
    ...scope,
    programs: z.array(
      z.object({
        ...figures,
        code: z.string(),
        name: z.string(),
        unitId: z.string(),
        activities: z.array(ZBudgetActivityRowSchema),
      }),
    ),
    total: z.object(figures),
  })
  .meta({
    id: 'BudgetTable',
    description: 'Rupiah amounts are exact integers.',
  });

const ZTrendPointSchema = z.object({
  target: z.number(),
  realisation: z.number().nullable(),
  achievement: percent,
});

export const ZTrendsSchema = z
  .object({
    year: z.int(),
    pastYears: z.array(z.int()),
    allocation: z.number(),
    budget: z.array(
      z.object({
        quarter: ZQuarterSchema,
        realised: z.number(),
        absorptionInQuarter: percent,
        realisedToDate: z.number(),
        absorption: percent,
      }),
    ),
    indicators: z.array(
      z.object({
        indicatorId: z.string(),
        indicatorCode: z.string(),
        name: z.string(),
        unit: z.string(),
        annualOnly: z.boolean(),
        years: z.array(ZTrendPointSchema.extend({ year: z.int() })),
        quarters: z.array(ZTrendPointSchema.extend({ quarter: ZQuarterSchema })),
      }),
    ),
  })
  .meta({
    id: 'Trends',
    description:
      'Per indicator, realisation against target to date in each quarter and in each past year that has it (oldest first); the budget absorbed by the end of each quarter.',
  });
