import * as z from 'zod';
import { type FieldIssue, fieldIssue } from '../../../../shared/app-error';
import { locales, type TLocale } from '../../../../shared/i18n';
import { quarterFormMessages } from '../../../../shared/messages/web/quarter-form';
import type { TAgreementVersion, TProgram } from '../../../../shared/model/agreement';
import {
  entryUnitId,
  indicatorPlaces,
  type TIndicatorPlace,
} from '../../../../shared/model/agreement-indicators';
import { figureProblem, numberKindOf } from '../../../../shared/model/figure';
import type { TIndicator } from '../../../../shared/model/indicator';
import {
  type TBudgetRealisation,
  type TIndicatorRealisation,
  type TProgramNarrative,
  type TQuarterPartContent,
  ZProgramNarrativeSchema,
} from '../../../../shared/model/realisation';
import { checkSubmission, type TExplanationThresholds } from '../../../../shared/workflow/submission-rules';
import { convertText, inputText, parseInput } from '../../form/number-input';

/** The program narrative's texts, as the schema has them. */
export const narrativeFields = ZProgramNarrativeSchema.keyof().options.filter(
  (key): key is Exclude<keyof TProgramNarrative, 'programCode'> => key !== 'programCode',
);
export type TNarrativeField = (typeof narrativeFields)[number];

/** What the division head has typed for one indicator: text as typed, not yet numbers. */
const ZIndicatorDraftSchema = z.object({
  value: z.string(),
  numerator: z.string(),
  denominator: z.string(),
  nothingToReport: z.boolean(),
  explanation: z.string(),
  /** The figure confirmed where the plausibility check asked (`isConfirmed`); kept as the API has it. */
  confirmedFigure: z.number().optional(),
  /** A ratio's parts for the whole year, typed with TW4 where they are reported. */
  yearNumerator: z.string().optional(),
  yearDenominator: z.string().optional(),
});
export type TIndicatorDraft = z.infer<typeof ZIndicatorDraftSchema>;

/**
 * The whole form's state: kept as typed so "1.2" stays visible (and flagged) instead of vanishing.
 * The schema reads it back from the browser's storage (kept-part-draft.ts).
 */
export const ZPartDraftSchema = z.object({
  lang: z.enum(locales),
  indicators: z.record(z.string(), ZIndicatorDraftSchema),
  budget: z.record(z.string(), z.string()),
  narratives: z.record(z.string(), z.record(z.enum(narrativeFields), z.string())),
});
export type TPartDraft = z.infer<typeof ZPartDraftSchema>;

/** The indicators, activities and programs one unit reports on in an agreement version. */
export function unitScope(agreement: TAgreementVersion, unitId: string) {
  const places = indicatorPlaces(agreement).filter((place) => entryUnitId(place) === unitId);
  const activities = agreement.activities.filter((activity) => activity.unitId === unitId);
  const programCodes = new Set([
    ...agreement.programs.filter((program) => program.unitId === unitId).map((program) => program.code),
    ...activities.map((activity) => activity.programCode),
  ]);
  const programs: TProgram[] = agreement.programs.filter((program) => programCodes.has(program.code));
  return { places, activities, programs };
}
export type TUnitScope = ReturnType<typeof unitScope>;

const emptyIndicator: TIndicatorDraft = {
  value: '',
  numerator: '',
  denominator: '',
  nothingToReport: false,
  explanation: '',
};
const emptyNarrative = (): Record<TNarrativeField, string> => ({
  activitiesCarriedOut: '',
  supportingFactors: '',
  obstacles: '',
  actionsTaken: '',
});

/** The form's starting state from a saved part. */
export function draftFromContent(content: TQuarterPartContent, scope: TUnitScope, lang: TLocale): TPartDraft {
  const indicators: Record<string, TIndicatorDraft> = {};
  for (const { indicator } of scope.places) {
    const saved = content.realisations.find((r) => r.indicatorId === indicator.id);
    indicators[indicator.id] = saved
      ? {
          value: inputText(saved.value, lang),
          numerator: inputText(saved.numerator, lang),
          denominator: inputText(saved.denominator, lang),
          nothingToReport: saved.nothingToReport ?? false,
          explanation: saved.explanation ?? '',
          ...(saved.confirmedFigure !== undefined ? { confirmedFigure: saved.confirmedFigure } : {}),
          ...(saved.yearParts
            ? {
                yearNumerator: inputText(saved.yearParts.numerator, lang),
                yearDenominator: inputText(saved.yearParts.denominator, lang),
              }
            : {}),
        }
      : { ...emptyIndicator };
  }
  const budget: Record<string, string> = {};
  for (const activity of scope.activities) {
    budget[activity.code] = inputText(
      content.budget.find((b) => b.activityCode === activity.code)?.amount,
      lang,
    );
  }
  const narratives: Record<string, Record<TNarrativeField, string>> = {};
  for (const program of scope.programs) {
    const saved = content.narratives.find((n) => n.programCode === program.code);
    narratives[program.code] = saved
      ? {
          activitiesCarriedOut: saved.activitiesCarriedOut,
          supportingFactors: saved.supportingFactors,
          obstacles: saved.obstacles,
          actionsTaken: saved.actionsTaken,
        }
      : emptyNarrative();
  }
  return { lang, indicators, budget, narratives };
}

/** The same draft with its numbers re-written for another language. */
export function convertDraft(draft: TPartDraft, lang: TLocale): TPartDraft {
  if (draft.lang === lang) return draft;
  const convert = (text: string) => convertText(text, draft.lang, lang);
  const indicators = Object.fromEntries(
    Object.entries(draft.indicators).map(([id, d]) => [
      id,
      {
        ...d,
        value: convert(d.value),
        numerator: convert(d.numerator),
        denominator: convert(d.denominator),
        ...(d.yearNumerator !== undefined ? { yearNumerator: convert(d.yearNumerator) } : {}),
        ...(d.yearDenominator !== undefined ? { yearDenominator: convert(d.yearDenominator) } : {}),
      },
    ]),
  );
  const budget = Object.fromEntries(
    Object.entries(draft.budget).map(([code, text]) => [code, convert(text)]),
  );
  return { ...draft, lang, indicators, budget };
}

const numberOf = (text: string, lang: TLocale) => {
  const parsed = parseInput(text, lang);
  return parsed.kind === 'number' ? parsed.value : undefined;
};

/** One indicator's realisation as the API takes it; undefined when nothing at all was typed. */
export function realisationOf(
  indicatorId: string,
  draft: TIndicatorDraft,
  lang: TLocale,
  isRatio: boolean,
): TIndicatorRealisation | undefined {
  const explanation = draft.explanation.trim() || undefined;
  if (draft.nothingToReport) return { indicatorId, nothingToReport: true, explanation };
  const { confirmedFigure } = draft;
  const numerator = numberOf(draft.numerator, lang);
  const denominator = numberOf(draft.denominator, lang);
  // A ratio goes in as its parts when both are there; the percentage is computed, never typed.
  const yearNumerator = numberOf(draft.yearNumerator ?? '', lang);
  const yearDenominator = numberOf(draft.yearDenominator ?? '', lang);
  const yearParts =
    isRatio && yearNumerator !== undefined && yearDenominator !== undefined && yearDenominator > 0
      ? { yearParts: { numerator: yearNumerator, denominator: yearDenominator } }
      : {};
  if (isRatio && numerator !== undefined && denominator !== undefined && denominator > 0)
    return { indicatorId, numerator, denominator, explanation, confirmedFigure, ...yearParts };
  const value = isRatio ? undefined : numberOf(draft.value, lang);
  if (value === undefined && explanation === undefined) return undefined;
  return { indicatorId, value, explanation, ...(value !== undefined ? { confirmedFigure } : {}) };
}

/** Why the indicator does not take a typed figure (a negative or fractional count), or null. */
const kindProblem = (indicator: TIndicator, value: number | undefined): string | null =>
  value === undefined ? null : figureProblem(numberKindOf(indicator), value);

/**
 * What the form sends: only what was typed, readable and taken by its indicator; drafts may be
 * partial. A figure the indicator does not take stays in its field, marked, as text that is no
 * number does, so the autosave keeps the rest instead of being refused whole.
 */
export function entryFromDraft(draft: TPartDraft, scope: TUnitScope) {
  const realisations = scope.places.flatMap(({ indicator }): TIndicatorRealisation[] => {
    const typed = draft.indicators[indicator.id];
    const r = typed && realisationOf(indicator.id, typed, draft.lang, indicator.ratio !== undefined);
    if (!r || !kindProblem(indicator, r.value)) return r ? [r] : [];
    const { value: _, confirmedFigure: __, ...rest } = r;
    return rest.explanation === undefined ? [] : [rest];
  });
  const budget: TBudgetRealisation[] = scope.activities.flatMap((activity) => {
    const amount = numberOf(draft.budget[activity.code] ?? '', draft.lang);
    return amount !== undefined && Number.isSafeInteger(amount) && amount >= 0
      ? [{ activityCode: activity.code, amount }]
      : [];
  });
  const narratives: TProgramNarrative[] = scope.programs.flatMap((program) => {
    const typed = draft.narratives[program.code];
    if (!typed || narrativeFields.every((field) => typed[field].trim() === '')) return [];
    return [{ programCode: program.code, ...typed }];
  });
  return { realisations, budget, narratives };
}
export type TPartEntry = ReturnType<typeof entryFromDraft>;

/** Field ids are the issue paths, so every problem can link to its field. */
export const fieldId = (path: string): string => `f-${path}`;

/**
 * Text the form cannot read as a number, and figures their indicator does not take, each as an
 * issue on its field: neither is saved.
 */
export function unreadableFields(draft: TPartDraft, scope: TUnitScope): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const check = (text: string, path: string, integer = false) => {
    const parsed = parseInput(text, draft.lang);
    const unreadable =
      parsed.kind === 'invalid' ||
      (integer && parsed.kind === 'number' && (parsed.value < 0 || !Number.isSafeInteger(parsed.value)));
    // In the draft's language, as the text was read.
    if (unreadable) issues.push(fieldIssue(path, quarterFormMessages[draft.lang].notANumber));
  };
  for (const { indicator } of scope.places) {
    const typed = draft.indicators[indicator.id];
    if (!typed || typed.nothingToReport) continue;
    const base = `indicators.${indicator.id}`;
    if (indicator.ratio) {
      // The numerator field carries the indicator's `.value` path: the rules name that path.
      check(typed.numerator, `${base}.value`);
      check(typed.denominator, `${base}.denominator`);
      check(typed.yearNumerator ?? '', `${base}.yearParts`);
      check(typed.yearDenominator ?? '', `${base}.yearParts`);
    } else {
      check(typed.value, `${base}.value`);
      const problem = kindProblem(indicator, numberOf(typed.value, draft.lang));
      if (problem) issues.push(fieldIssue(`${base}.value`, problem));
    }
  }
  for (const activity of scope.activities)
    check(draft.budget[activity.code] ?? '', `activities.${activity.code}.amount`, true);
  return issues;
}

export type TLiveCheckOptions = {
  agreement: TAgreementVersion;
  content: TQuarterPartContent;
  draft: TPartDraft;
  scope: TUnitScope;
  earlierParts: TQuarterPartContent[];
  thresholds?: TExplanationThresholds;
};

/**
 * Every reason the part cannot be submitted yet, as the API will judge it, plus unreadable numbers
 * and numbers the indicator does not take (a negative or fractional count).
 */
export function liveIssues(options: TLiveCheckOptions): FieldIssue[] {
  const part = { ...options.content, ...entryFromDraft(options.draft, options.scope) };
  const unreadable = unreadableFields(options.draft, options.scope);
  const unreadablePaths = new Set(unreadable.map((issue) => issue.path.replace(/\.denominator$/, '.value')));
  const rules = checkSubmission({
    agreement: options.agreement,
    part,
    earlierParts: options.earlierParts,
    thresholds: options.thresholds,
  }).filter(
    // "not entered" says less than "not a number" about the same field.
    (issue) => !unreadablePaths.has(issue.path),
  );
  return [...unreadable, ...rules];
}

/** The field a path of the API's answer points at: save errors name array indexes. */
export function fieldPathOf(path: string, entry: TPartEntry): string {
  const match = /^(?:entry\.)?(realisations|budget)\.(\d+)\.(\w+)/.exec(path);
  if (!match) return path;
  const [, list, index, field] = match;
  if (list === 'realisations') {
    const id = entry.realisations[Number(index)]?.indicatorId;
    return id ? `indicators.${id}.${field === 'explanation' ? 'explanation' : 'value'}` : path;
  }
  const code = entry.budget[Number(index)]?.activityCode;
  return code ? `activities.${code}.amount` : path;
}

/** Where an indicator sits, for naming it next to its problems. */
export const placeOf = (scope: TUnitScope, indicatorId: string): TIndicatorPlace | undefined =>
  scope.places.find((place) => place.indicator.id === indicatorId);
