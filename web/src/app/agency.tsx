import { createContext, type ReactNode, useContext, useMemo } from 'react';
import type { TAgency, TUnit } from '../../../shared/model/organisation';
import { defaultAgencySettings, type TAgencySettings } from '../../../shared/model/settings';
import { api, ok } from '../api/client';
import { prefetch, useResource } from '../api/use-resource';
import { formatters, type TFormatters } from '../i18n/format';
import { useLanguage } from '../i18n/i18n';
import { appPaths, type TAppPaths } from './paths';

/** The settings every screen colours and checks with: status bands and explanation thresholds. */
export type TScreenSettings = Pick<TAgencySettings, 'statusBands' | 'explanationThresholds'>;

type TAgencyContext = { agency: TAgency; units: TUnit[]; settings: TScreenSettings; fmt: TFormatters };

const AgencyContext = createContext<TAgencyContext | null>(null);

const loadAgency = (agencyId: string) => ok(api.agencies[':agencyId'].$get({ param: { agencyId } }));
const loadSettings = (agencyId: string) =>
  ok(api.agencies[':agencyId'].settings.$get({ param: { agencyId } }));

/** Loads the agency once for the shell: its units, and its time zone for every date shown. */
export function useAgencyResource(agencyId: string) {
  return useResource(`agency:${agencyId}`, () => loadAgency(agencyId));
}

/** The agency's settings; the defaults until they arrive (or where they cannot be read). */
export function useSettingsResource(agencyId: string) {
  return useResource(`settings:${agencyId}`, () => loadSettings(agencyId));
}

/** Starts reading the agency of the address the app opens at, alongside the session's requests. */
export function prefetchAgency(agencyId: string): void {
  prefetch(`agency:${agencyId}`, () => loadAgency(agencyId));
  prefetch(`settings:${agencyId}`, () => loadSettings(agencyId));
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
