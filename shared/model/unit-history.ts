import type { TUnit } from './organisation.js';

/** Whether the unit reports in `year`: not before it began, not after it ended. */
export const unitActiveIn = (unit: TUnit, year: number): boolean =>
  (unit.fromYear === undefined || unit.fromYear <= year) &&
  (unit.untilYear === undefined || year <= unit.untilYear);

/** The unit's name in `year`: the former name in use then, else the name it has now. */
export function unitNameIn(unit: TUnit, year: number): string {
  const earliestFirst = [...(unit.formerNames ?? [])].sort((a, b) => a.untilYear - b.untilYear);
  return earliestFirst.find((former) => year <= former.untilYear)?.name ?? unit.name;
}

/**
 * The agency's units as they stood in `year`: those that reported then, under that year's names.
 * Reports and agreements of a year are read against these, so a restructuring never rewrites a
 * year already signed.
 */
export const unitsOfYear = (units: readonly TUnit[], year: number): TUnit[] =>
  units.filter((unit) => unitActiveIn(unit, year)).map((unit) => ({ ...unit, name: unitNameIn(unit, year) }));

/** The unit under a new name from `fromYear` on; the years before keep the old one. */
export const renamedUnit = (unit: TUnit, name: string, fromYear: number): TUnit => ({
  ...unit,
  name,
  formerNames: [
    ...(unit.formerNames ?? []).filter((former) => former.untilYear < fromYear - 1),
    { name: unitNameIn(unit, fromYear - 1), untilYear: fromYear - 1 },
  ],
});

/** A unit that reports last in the year before `fromYear`, its work taken over by `successorIds`. */
export const endedUnit = (unit: TUnit, fromYear: number, successorIds: readonly string[]): TUnit => ({
  ...unit,
  untilYear: fromYear - 1,
  successorIds: [...successorIds],
});
