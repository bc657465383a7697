import type { TTimeZone } from '../../../../shared/model/organisation';

/** What the region board hands its cards: the region, the year on the board and the region's zone. */
export type TRegionYearProps = { regionId: string; year: number; timeZone: TTimeZone };
