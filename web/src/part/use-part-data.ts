import { useQuery } from '@tanstack/react-query';
import { queries } from '../api/queries';
import { useAgency } from '../app/agency';
import { isQuarter } from '../app/selection';
import { unitScope } from '../screens/quarter-form/part-draft';

/** The part's route parameters as numbers, or null where they are not a year and a quarter. */
export function partParams(params: Record<string, string>) {
  const year = Number(params.year);
  const quarter = Number(params.quarter);
  const unitId = params.unitId ?? '';
  return Number.isInteger(year) && isQuarter(quarter) && unitId ? { year, quarter, unitId } : null;
}

/**
 * Everything a part's screens need, read in parallel: the part with its quarter, the agreement
 * version it is measured against, and the year's other parts (earlier quarters feed the
 * year-to-date figures and the cumulative rules).
 */
export function usePartData(year: number, quarter: 1 | 2 | 3 | 4, unitId: string) {
  const { agency } = useAgency();
  const part = useQuery(queries.part(agency.id, year, quarter, unitId));
  // The version the part is measured against, once the part names it.
  const agreement = useQuery({
    ...queries.agreement(agency.id, year, part.data?.agreementVersion),
    enabled: part.data !== undefined,
  });
  const quarters = useQuery(queries.quarters(agency.id, year));
  const error = part.error ?? agreement.error ?? quarters.error;
  const retry = () => {
    for (const query of [part, agreement, quarters]) if (query.error) void query.refetch();
  };
  const version = part.data && agreement.data?.version;
  if (!part.data || !version || !quarters.data) return { error, retry, data: undefined };
  const unitParts = quarters.data.quarters
    .flatMap((q) => q.parts)
    .filter((p) => p.content.unitId === unitId)
    .map((p) => p.content);
  const data = {
    ...part.data,
    agreement: version.agreement,
    scope: unitScope(version.agreement, unitId),
    earlierParts: unitParts.filter((content) => content.quarter < quarter),
    previous: unitParts.find((content) => content.quarter === quarter - 1),
    /** Every quarter's parts: the sign-off screen shows them all. */
    quarters: quarters.data.quarters,
  };
  return { error, retry, data };
}
export type TPartData = NonNullable<ReturnType<typeof usePartData>['data']>;
