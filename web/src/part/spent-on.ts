import { sumRupiah } from '../../../shared/calc/budget';
import type { TQuarterPartContent } from '../../../shared/model/realisation';

/** The Rupiah a unit spent on an activity over these parts (this quarter, or the ones before it). */
export const spentOn = (parts: readonly TQuarterPartContent[], activityCode: string): number =>
  sumRupiah(
    parts
      .flatMap((part) => part.budget)
      .filter((line) => line.activityCode === activityCode)
      .map((line) => line.amount),
  );
