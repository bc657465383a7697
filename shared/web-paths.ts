import type { TQuarter } from './model/quarter.js';

/** The web app's addresses, shared by the app's router and the links in emails. */
export const webPaths = {
  dashboard: (agencyId: string, year: number, quarter?: TQuarter) =>
    `/agencies/${agencyId}/years/${year}${quarter ? `?quarter=${quarter}` : ''}`,
  part: (agencyId: string, year: number, quarter: TQuarter, unitId: string) =>
    `/agencies/${agencyId}/years/${year}/quarters/${quarter}/parts/${unitId}`,
  quarter: (agencyId: string, year: number, quarter: TQuarter) =>
    `/agencies/${agencyId}/years/${year}/quarters/${quarter}`,
  agreement: (agencyId: string, year: number) => `/agencies/${agencyId}/years/${year}/agreement`,
  reports: (agencyId: string, year: number, quarter?: TQuarter) =>
    `/agencies/${agencyId}/years/${year}/reports${quarter ? `?quarter=${quarter}` : ''}`,
} as const;
