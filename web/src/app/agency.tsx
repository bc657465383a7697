import { createContext, type ReactNode, useContext, useMemo } from 'react';
import type { TAgency, TUnit } from '../../../shared/model/organisation';
import { defaultAgencySettings, type TAgencySettings } from '../../../shared/model/settings';
import { queries } from '../api/queries';
import { queryClient } from '../api/query-client';
import { formatters, type TFormatters } from '../i18n/format';
import { useLanguage } from '../i18n/i18n';
import { appPaths, type TAppPaths } from './paths';

/** The settings every screen colours and checks with: status bands and explanation thresholds. */
export type TScreenSettings = Pick<TAgencySettings, 'statusBands' | 'explanationThresholds'>;

type TAgencyContext = { agency: TAgency; units: TUnit[]; settings: TScreenSettings; fmt: TFormatters };

const AgencyContext = createContext<TAgencyContext | null>(null);

/** Starts reading the agency of the address the app opens at, alongside the session's requests. */
export function prefetchAgency(agencyId: string): void {
  void queryClient.prefetchQuery(queries.agency(agencyId));
  void queryClient.prefetchQuery(queries.settings(agencyId));
}

export function AgencyProvider(props: {
  agency: TAgency;
  units: TUnit[];
  settings?: TScreenSettings;
  children: ReactNode;
}) {
  const { lang } = useLanguage();
  const { agency, units } = props;
  const settings = props.settings ?? defaultAgencySettings;
  const value = useMemo(
    () => ({ agency, units, settings, fmt: formatters(lang, agency.timeZone) }),
    [agency, units, settings, lang],
  );
  return <AgencyContext.Provider value={value}>{props.children}</AgencyContext.Provider>;
}

/** The agency the user works in, its units, and formatters in its time zone and the user's language. */
export function useAgency(): TAgencyContext {
  const context = useContext(AgencyContext);
  if (!context) throw new Error('useAgency outside AgencyProvider');
  return context;
}

/** A unit's name, or its id where the unit is unknown. */
export const unitName = (units: readonly TUnit[], unitId: string): string =>
  units.find((unit) => unit.id === unitId)?.name ?? unitId;

/** The app's addresses in the agency on screen. */
export function usePaths(): TAppPaths {
  const { agency } = useAgency();
  return useMemo(() => appPaths(agency.id), [agency.id]);
}
