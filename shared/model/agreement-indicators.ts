import type { TAgreementVersion } from './agreement.js';
import type { TIndicator } from './indicator.js';

export type TIndicatorLevel = 'objective' | 'program' | 'activity';

/** Where an indicator sits in an agreement, and which units answer for it. */
export type TIndicatorPlace = {
  level: TIndicatorLevel;
  /** The owner's code: objective "3", program "2", activity "2.4". */
  code: string;
  /** The objective's, program's or activity's name. */
  ownerName: string;
  /** The field path of the indicator, as in validation issues ("activities.3.indicators.0"). */
  path: string;
  /** Responsible units; the first enters the realisations. */
  unitIds: string[];
  indicator: TIndicator;
};

/**
 * Every indicator of an agreement in report order: the objectives' key indicators, then each
 * program's outcome indicators followed by its activities' output indicators.
 */
export function indicatorPlaces(agreement: TAgreementVersion): TIndicatorPlace[] {
  const place =
    (level: TIndicatorLevel, owner: Owner, unitIds: string[]) => (indicator: TIndicator, i: number) => ({
      level,
      code: owner.code,
      ownerName: owner.name,
      path: `${owner.path}.indicators.${i}`,
      unitIds,
      indicator,
    });
  const activities = agreement.activities.map((activity, a) => ({ activity, path: `activities.${a}` }));
  const activityPlaces = ({ activity, path }: (typeof activities)[number]) =>
    activity.indicators.map(place('activity', { ...activity, path }, [activity.unitId]));
  const programCodes = new Set(agreement.programs.map((p) => p.code));
  return [
    ...agreement.objectives.flatMap((objective, o) =>
      objective.indicators.map((indicator, i) =>
        place(
          'objective',
          { ...objective, path: `objectives.${o}` },
          indicator.responsibleUnitIds,
        )(indicator, i),
      ),
    ),
    ...agreement.programs.flatMap((program, p) => [
      ...program.indicators.map(place('program', { ...program, path: `programs.${p}` }, [program.unitId])),
      ...activities.filter(({ activity }) => activity.programCode === program.code).flatMap(activityPlaces),
    ]),
    // Activities of a missing program come last, so the rules still see their indicators.
    ...activities.filter(({ activity }) => !programCodes.has(activity.programCode)).flatMap(activityPlaces),
  ];
}

type Owner = { code: string; name: string; path: string };

/** The unit that enters an indicator's realisations: the first responsible one. */
export const entryUnitId = (place: TIndicatorPlace): string | undefined => place.unitIds[0];
